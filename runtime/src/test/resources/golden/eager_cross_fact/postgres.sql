with
  "g_orders_pre" as (
    select
      "orders"."order_date" as "key_orders_order_date",
      sum("orders"."amount") as "c0_p"
    from "golden"."orders" as "orders"
    where true
    group by "orders"."order_date"
  ),
  "g_orders" as (
    select
      "date"."month" as "month",
      sum("g_orders_pre"."c0_p") as "c0"
    from "g_orders_pre"
      left outer join "golden"."dates" as "date"
        on "g_orders_pre"."key_orders_order_date" = "date"."date_id"
    where "date"."year" = ?
    group by "date"."month"
  ),
  "g_visits_pre" as (
    select
      "visits"."visit_date" as "key_visits_visit_date",
      count(*) as "c1_n"
    from "golden"."visits" as "visits"
    where true
    group by "visits"."visit_date"
  ),
  "g_visits" as (
    select
      "date"."month" as "month",
      sum("g_visits_pre"."c1_n") as "c1"
    from "g_visits_pre"
      left outer join "golden"."dates" as "date"
        on "g_visits_pre"."key_visits_visit_date" = "date"."date_id"
    where "date"."year" = ?
    group by "date"."month"
  ),
  "result" as (
    select
      coalesce("g_orders"."month", "g_visits"."month") as "month",
      cast("g_orders"."c0" as double precision) as "revenue",
      coalesce("g_visits"."c1", 0) as "visits"
    from "g_orders"
      full outer join "g_visits"
        on (
          (("g_orders"."month" is null) = ("g_visits"."month" is null))
          and (coalesce("g_orders"."month", 0) = coalesce("g_visits"."month", 0))
        )
  )
select "result"."month", "result"."revenue", "result"."visits"
from "result"
order by "result"."month" asc nulls last
-- bind values: [2024, 2024]
