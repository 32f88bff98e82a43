with
  "scan_orders" as (
    select
      "date"."week" "date__week",
      "date"."date_value" "date__date_value",
      "orders"."amount" "orders__amount",
      "date"."year" "date__year"
    from "golden"."orders" "orders"
      left outer join "golden"."products" "product"
        on "orders"."product_id" = "product"."product_id"
      left outer join "golden"."dates" "date"
        on "orders"."order_date" = "date"."date_id"
    where "product"."category" = ?
  ),
  "g_orders" as (
    select
      "scan_orders"."date__week" "week",
      cast(
        date_trunc(
          'week',
          cast("scan_orders"."date__date_value" as timestamp(6))
        )
        as date
      ) "week_of_week",
      sum("scan_orders"."orders__amount") "c0"
    from "scan_orders"
    where "scan_orders"."date__year" = ?
    group by
      "scan_orders"."date__week",
      cast(
        date_trunc(
          'week',
          cast("scan_orders"."date__date_value" as timestamp(6))
        )
        as date
      )
  ),
  "base" as (
    select
      "g_orders"."week" "week",
      "g_orders"."week_of_week" "week_of_week",
      "g_orders"."c0" "c0"
    from "g_orders"
  ),
  "p1_orders" as (
    select
      cast(
        date_trunc(
          'week',
          cast("scan_orders"."date__date_value" as timestamp(6))
        )
        as date
      ) "source_period",
      sum("scan_orders"."orders__amount") "p1_ordersc0_p"
    from "scan_orders"
    group by cast(
      date_trunc(
        'week',
        cast("scan_orders"."date__date_value" as timestamp(6))
      )
      as date
    )
  ),
  "shared_w1_orders" as (
    select
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
    group by "f"."c"
  ),
  "result" as (
    select
      "base"."week" "week",
      "base"."week_of_week" "week_of_week",
      cast("base"."c0" as double) "revenue",
      cast("shared_w1_orders"."w1_orders_p1_ordersc0" as double) "revenue_last_week"
    from "base"
      left outer join "shared_w1_orders"
        on (
          (("base"."week_of_week" is null) = ("shared_w1_orders"."week_of_week" is null))
          and (coalesce("base"."week_of_week", date '1970-01-01') = coalesce("shared_w1_orders"."week_of_week", date '1970-01-01'))
        )
  )
select "result"."week", "result"."revenue", "result"."revenue_last_week"
from "result"
order by
  "result"."week" asc nulls last,
  "result"."week_of_week" asc nulls last
-- bind values: [books, 2024]
