with
  "g_order_details_pre" as (
    select
      "o"."order_date" "key_o_order_date",
      sum(("oi"."quantity" * "oi"."unit_price")) "c0_p"
    from "{s}"."orders" "o"
      join "{s}"."order_items" "oi"
        on "o"."order_id" = "oi"."order_id"
    where true
    group by "o"."order_date"
  ),
  "g_order_details" as (
    select
      "date_order"."date_id" "date_id",
      cast("date_order"."date_value" as date) "day_of_date_id",
      sum("g_order_details_pre"."c0_p") "c0"
    from "g_order_details_pre"
      left outer join "{s}"."dates" "date_order"
        on "g_order_details_pre"."key_o_order_date" = "date_order"."date_id"
    where true
    group by
      "date_order"."date_id",
      cast("date_order"."date_value" as date)
  ),
  "base" as (
    select
      "g_order_details"."date_id" "date_id",
      "g_order_details"."day_of_date_id" "day_of_date_id",
      "g_order_details"."c0" "c0"
    from "g_order_details"
  ),
  "w1_order_details_p" as (
    select
      "g_order_details"."day_of_date_id" "source_period",
      sum("g_order_details"."c0") "w1c0_p"
    from "g_order_details"
    group by "g_order_details"."day_of_date_id"
  ),
  "w1_order_details" as (
    select
      "k"."day_of_date_id" "day_of_date_id",
      sum("f"."w1c0_p") "w1c0"
    from (
      select distinct "base"."day_of_date_id"
      from "base"
    ) "k"
      left outer join (
        select "p"."source_period" + cast("o"."i" as integer) "target_period", "p"."w1c0_p"
        from "w1_order_details_p" "p"
          cross join generate_series(0, 27) "o" ("i")
      ) "f"
        on "f"."target_period" = "k"."day_of_date_id"
    group by "k"."day_of_date_id"
  ),
  "result" as (
    select
      "base"."date_id" "date_id",
      "base"."day_of_date_id" "day_of_date_id",
      cast("w1_order_details"."w1c0" as double) "trailing_28d_revenue"
    from "base"
      left outer join "w1_order_details"
        on ("base"."day_of_date_id" is not distinct from "w1_order_details"."day_of_date_id")
  )
select "result"."date_id", "result"."trailing_28d_revenue"
from "result"
order by
  "result"."date_id" asc nulls last,
  "result"."day_of_date_id" asc nulls last
