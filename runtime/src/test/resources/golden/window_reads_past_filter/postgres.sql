with
  "scan_orders" as materialized (
    select
      "date"."week" as "date__week",
      "date"."date_value" as "date__date_value",
      "orders"."amount" as "orders__amount",
      "date"."year" as "date__year"
    from "golden"."orders" as "orders"
      left outer join "golden"."products" as "product"
        on "orders"."product_id" = "product"."product_id"
      left outer join "golden"."dates" as "date"
        on "orders"."order_date" = "date"."date_id"
    where "product"."category" = ?
  ),
  "g_orders" as (
    select
      "scan_orders"."date__week" as "week",
      cast(
        date_trunc(
          'week',
          cast("scan_orders"."date__date_value" as timestamp)
        )
        as date
      ) as "week_of_week",
      sum("scan_orders"."orders__amount") as "c0"
    from "scan_orders"
    where "scan_orders"."date__year" = ?
    group by
      "scan_orders"."date__week",
      cast(
        date_trunc(
          'week',
          cast("scan_orders"."date__date_value" as timestamp)
        )
        as date
      )
  ),
  "base" as (
    select
      "g_orders"."week" as "week",
      "g_orders"."week_of_week" as "week_of_week",
      "g_orders"."c0" as "c0"
    from "g_orders"
  ),
  "p1_orders" as (
    select
      cast(
        date_trunc(
          'week',
          cast("scan_orders"."date__date_value" as timestamp)
        )
        as date
      ) as "source_period",
      sum("scan_orders"."orders__amount") as "p1_ordersc0_p"
    from "scan_orders"
    group by cast(
      date_trunc(
        'week',
        cast("scan_orders"."date__date_value" as timestamp)
      )
      as date
    )
  ),
  "w1_orders" as materialized (
    select
      "k"."week_of_week" as "week_of_week",
      sum("p1_orders"."p1_ordersc0_p") as "p1_ordersc0"
    from (
      select distinct
        "base"."week_of_week",
        cast(
          (cast("base"."week_of_week" as timestamp) + cast('-7 days' as interval))
          as date
        ) as "frame_last"
      from "base"
    ) as "k"
      left outer join "p1_orders"
        on "p1_orders"."source_period" = "k"."frame_last"
    group by "k"."week_of_week"
  ),
  "result" as (
    select
      "base"."week" as "week",
      "base"."week_of_week" as "week_of_week",
      cast("base"."c0" as double precision) as "revenue",
      cast("w1_orders"."p1_ordersc0" as double precision) as "revenue_last_week"
    from "base"
      left outer join "w1_orders"
        on (
          (("base"."week_of_week" is null) = ("w1_orders"."week_of_week" is null))
          and (coalesce("base"."week_of_week", date '1970-01-01') = coalesce("w1_orders"."week_of_week", date '1970-01-01'))
        )
  )
select "result"."week", "result"."revenue", "result"."revenue_last_week"
from "result"
order by
  "result"."week" asc nulls last,
  "result"."week_of_week" asc nulls last
-- bind values: [books, 2024]
