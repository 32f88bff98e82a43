with
  "g_order_details_pre" as (
    select
      "o"."order_date" as "key_o_order_date",
      sum(("oi"."quantity" * "oi"."unit_price")) as "c0_p"
    from "{s}"."orders" as "o"
      join "{s}"."order_items" as "oi"
        on "o"."order_id" = "oi"."order_id"
    where true
    group by "o"."order_date"
  ),
  "g_order_details" as materialized (
    select
      "date_order"."date_id" as "date_id",
      cast("date_order"."date_value" as date) as "day_of_date_id",
      sum("g_order_details_pre"."c0_p") as "c0"
    from "g_order_details_pre"
      left outer join "{s}"."dates" as "date_order"
        on "g_order_details_pre"."key_o_order_date" = "date_order"."date_id"
    where true
    group by
      "date_order"."date_id",
      cast("date_order"."date_value" as date)
  ),
  "base" as (
    select
      "g_order_details"."date_id" as "date_id",
      "g_order_details"."day_of_date_id" as "day_of_date_id",
      "g_order_details"."c0" as "c0"
    from "g_order_details"
  ),
  "w1_order_details_p" as (
    select
      "g_order_details"."day_of_date_id" as "source_period",
      sum("g_order_details"."c0") as "w1c0_p"
    from "g_order_details"
    group by "g_order_details"."day_of_date_id"
  ),
  "w1_order_details" as (
    select
      "k"."day_of_date_id" as "day_of_date_id",
      sum("f"."w1c0_p") as "w1c0"
    from (
      select distinct "base"."day_of_date_id"
      from "base"
    ) as "k"
      left outer join (
        select "p"."source_period" + cast("o"."i" as integer) as "target_period", "p"."w1c0_p"
        from "w1_order_details_p" as "p"
          cross join generate_series(0, 27) as "o" ("i")
      ) as "f"
        on "f"."target_period" = "k"."day_of_date_id"
    group by "k"."day_of_date_id"
  ),
  "result" as (
    select
      "base"."date_id" as "date_id",
      "base"."day_of_date_id" as "day_of_date_id",
      cast("w1_order_details"."w1c0" as double precision) as "trailing_28d_revenue"
    from "base"
      left outer join "w1_order_details"
        on (
          (("base"."day_of_date_id" is null) = ("w1_order_details"."day_of_date_id" is null))
          and (coalesce("base"."day_of_date_id", date '1970-01-01') = coalesce("w1_order_details"."day_of_date_id", date '1970-01-01'))
        )
  )
select "result"."date_id", "result"."trailing_28d_revenue"
from "result"
order by
  "result"."date_id" asc nulls last,
  "result"."day_of_date_id" asc nulls last
