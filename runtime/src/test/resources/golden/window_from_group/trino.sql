with
  "g_orders_p" as (
    select
      "date"."week" "week",
      "product"."category" "category",
      cast(
        date_trunc(
          'week',
          cast("date"."date_value" as timestamp(6))
        )
        as date
      ) "week_of_week",
      "orders"."order_id" "k_order_id",
      sum("orders"."amount") "c0_p",
      "orders"."order_id" "l0"
    from "golden"."orders" "orders"
      left outer join "golden"."dates" "date"
        on "orders"."order_date" = "date"."date_id"
      left outer join "golden"."products" "product"
        on "orders"."product_id" = "product"."product_id"
    group by
      "date"."week",
      "product"."category",
      cast(
        date_trunc(
          'week',
          cast("date"."date_value" as timestamp(6))
        )
        as date
      ),
      "orders"."order_id",
      "orders"."order_id"
  ),
  "g_orders" as (
    select
      "g_orders_p"."week" "week",
      "g_orders_p"."category" "category",
      "g_orders_p"."week_of_week" "week_of_week",
      sum("g_orders_p"."c0_p") "c0",
      count(distinct "g_orders_p"."l0") "c1"
    from "g_orders_p"
    group by "g_orders_p"."week", "g_orders_p"."category", "g_orders_p"."week_of_week"
  ),
  "base" as (
    select
      "g_orders"."week" "week",
      "g_orders"."category" "category",
      "g_orders"."week_of_week" "week_of_week",
      "g_orders"."c0" "c0",
      "g_orders"."c1" "c1"
    from "g_orders"
  ),
  "p1_orders" as (
    select
      "g_orders"."category" "category",
      "g_orders"."week_of_week" "source_period",
      sum("g_orders"."c0") "p1_ordersc0_p"
    from "g_orders"
    group by "g_orders"."category", "g_orders"."week_of_week"
  ),
  "shared_w1_orders" as (
    select
      "p1_orders"."category" "category",
      "f"."c" "week_of_week",
      sum("p1_orders"."p1_ordersc0_p") filter (where "p1_orders"."source_period" = date_add(
        'day',
        -7,
        cast("f"."c" as date)
      )) "w1_orders_p1_ordersc0"
    from "p1_orders"
      cross join unnest(sequence(date_add(
        'day',
        7,
        cast("p1_orders"."source_period" as date)
      ), date_add(
        'day',
        7,
        cast("p1_orders"."source_period" as date)
      ), interval '7' day)) "f" ("c")
    group by "p1_orders"."category", "f"."c"
  ),
  "result" as (
    select
      "base"."week" "week",
      "base"."category" "category",
      "base"."week_of_week" "week_of_week",
      cast("shared_w1_orders"."w1_orders_p1_ordersc0" as double) "revenue_last_week",
      coalesce("base"."c1", 0) "order_count"
    from "base"
      left outer join "shared_w1_orders"
        on (
          (("base"."category" is null) = ("shared_w1_orders"."category" is null))
          and (coalesce("base"."category", '') = coalesce("shared_w1_orders"."category", ''))
          and (("base"."week_of_week" is null) = ("shared_w1_orders"."week_of_week" is null))
          and (coalesce("base"."week_of_week", date '1970-01-01') = coalesce("shared_w1_orders"."week_of_week", date '1970-01-01'))
        )
  )
select "result"."week", "result"."category", "result"."revenue_last_week", "result"."order_count"
from "result"
order by
  "result"."week" asc nulls last,
  "result"."category" asc nulls last,
  "result"."week_of_week" asc nulls last
-- bind values: []
