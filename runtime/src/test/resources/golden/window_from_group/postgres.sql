with
  "g_orders_p" as (
    select
      "date"."week" as "week",
      "product"."category" as "category",
      cast(
        date_trunc(
          'week',
          cast("date"."date_value" as timestamp)
        )
        as date
      ) as "week_of_week",
      "orders"."order_id" as "k_order_id",
      sum("orders"."amount") as "c0_p",
      "orders"."order_id" as "l0"
    from "golden"."orders" as "orders"
      left outer join "golden"."dates" as "date"
        on "orders"."order_date" = "date"."date_id"
      left outer join "golden"."products" as "product"
        on "orders"."product_id" = "product"."product_id"
    group by
      "date"."week",
      "product"."category",
      cast(
        date_trunc(
          'week',
          cast("date"."date_value" as timestamp)
        )
        as date
      ),
      "orders"."order_id",
      "orders"."order_id"
  ),
  "g_orders" as materialized (
    select
      "g_orders_p"."week" as "week",
      "g_orders_p"."category" as "category",
      "g_orders_p"."week_of_week" as "week_of_week",
      sum("g_orders_p"."c0_p") as "c0",
      count(distinct "g_orders_p"."l0") as "c1"
    from "g_orders_p"
    group by "g_orders_p"."week", "g_orders_p"."category", "g_orders_p"."week_of_week"
  ),
  "base" as (
    select
      "g_orders"."week" as "week",
      "g_orders"."category" as "category",
      "g_orders"."week_of_week" as "week_of_week",
      "g_orders"."c0" as "c0",
      "g_orders"."c1" as "c1"
    from "g_orders"
  ),
  "p1_orders" as (
    select
      "g_orders"."category" as "category",
      "g_orders"."week_of_week" as "source_period",
      sum("g_orders"."c0") as "p1_ordersc0_p"
    from "g_orders"
    group by "g_orders"."category", "g_orders"."week_of_week"
  ),
  "w1_orders" as materialized (
    select
      "k"."category" as "category",
      "k"."week_of_week" as "week_of_week",
      sum("p1_orders"."p1_ordersc0_p") as "p1_ordersc0"
    from (
      select distinct
        "base"."category",
        "base"."week_of_week",
        cast(
          (cast("base"."week_of_week" as timestamp) + cast('-7 days' as interval))
          as date
        ) as "frame_last"
      from "base"
    ) as "k"
      left outer join "p1_orders"
        on (
          (("k"."category" is null) = ("p1_orders"."category" is null))
          and (coalesce("k"."category", '') = coalesce("p1_orders"."category", ''))
          and "p1_orders"."source_period" = "k"."frame_last"
        )
    group by "k"."category", "k"."week_of_week"
  ),
  "result" as (
    select
      "base"."week" as "week",
      "base"."category" as "category",
      "base"."week_of_week" as "week_of_week",
      cast("w1_orders"."p1_ordersc0" as double precision) as "revenue_last_week",
      coalesce("base"."c1", 0) as "order_count"
    from "base"
      left outer join "w1_orders"
        on (
          (("base"."category" is null) = ("w1_orders"."category" is null))
          and (coalesce("base"."category", '') = coalesce("w1_orders"."category", ''))
          and (("base"."week_of_week" is null) = ("w1_orders"."week_of_week" is null))
          and (coalesce("base"."week_of_week", date '1970-01-01') = coalesce("w1_orders"."week_of_week", date '1970-01-01'))
        )
  )
select "result"."week", "result"."category", "result"."revenue_last_week", "result"."order_count"
from "result"
order by
  "result"."week" asc nulls last,
  "result"."category" asc nulls last,
  "result"."week_of_week" asc nulls last
-- bind values: []
