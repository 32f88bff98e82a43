with
  "scan_order_details" as (
    select
      "date_order"."date_id" "date_order__date_id",
      "date_order"."date_value" "date_order__date_value",
      "oi"."quantity" "oi__quantity",
      "oi"."unit_price" "oi__unit_price"
    from "{s}"."orders" "o"
      join "{s}"."order_items" "oi"
        on "o"."order_id" = "oi"."order_id"
      left outer join "{s}"."dates" "date_order"
        on "o"."order_date" = "date_order"."date_id"
  ),
  "g_order_details" as (
    select
      "scan_order_details"."date_order__date_id" "date_id",
      cast(
        date_trunc(
          'day',
          cast("scan_order_details"."date_order__date_value" as timestamp without time zone)
        )
        as date
      ) "day_of_date_id",
      sum(("scan_order_details"."oi__quantity" * "scan_order_details"."oi__unit_price")) "c0"
    from "scan_order_details"
    group by
      "scan_order_details"."date_order__date_id",
      cast(
        date_trunc(
          'day',
          cast("scan_order_details"."date_order__date_value" as timestamp without time zone)
        )
        as date
      )
  ),
  "base" as (
    select
      "g_order_details"."date_id" "date_id",
      "g_order_details"."day_of_date_id" "day_of_date_id",
      "g_order_details"."c0" "c0"
    from "g_order_details"
  ),
  "w1_order_details_p" as (
    select "g_order_details"."day_of_date_id" "source_period", sum("g_order_details"."c0") "w1c0_p"
    from "g_order_details"
    group by "g_order_details"."day_of_date_id"
  ),
  "w1_order_details" as (
    select
      "k"."day_of_date_id" "day_of_date_id",
      sum("w1_order_details_p"."w1c0_p") "w1c0"
    from (
      select distinct "base"."day_of_date_id"
      from "base"
    ) "k"
      left outer join "w1_order_details_p"
        on (
          "w1_order_details_p"."source_period" > cast(
            (cast("k"."day_of_date_id" as timestamp without time zone) + cast('-28 days' as interval))
            as date
          )
          and "w1_order_details_p"."source_period" <= "k"."day_of_date_id"
        )
    group by "k"."day_of_date_id"
  ),
  "result" as (
    select
      "base"."date_id" "date_id",
      cast("w1_order_details"."w1c0" as double) "trailing_28d_revenue"
    from "base"
      left outer join "w1_order_details"
        on ("base"."day_of_date_id" is not distinct from "w1_order_details"."day_of_date_id")
  )
select "result"."date_id", "result"."trailing_28d_revenue"
from "result"
order by "result"."date_id" asc nulls last
