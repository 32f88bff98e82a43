with
  "g_orders_pre" as (
    select
      "orders"."order_date" "key_orders_order_date",
      sum("orders"."amount") "c0_p"
    from "golden"."orders" "orders"
    where true
    group by "orders"."order_date"
  ),
  "g_orders" as (
    select
      "date"."month" "month",
      sum("g_orders_pre"."c0_p") "c0"
    from "g_orders_pre"
      left outer join "golden"."dates" "date"
        on "g_orders_pre"."key_orders_order_date" = "date"."date_id"
    where "date"."year" = cast(? as int)
    group by "date"."month"
  ),
  "g_visits_pre" as (
    select
      "visits"."visit_date" "key_visits_visit_date",
      count(*) "c1_n"
    from "golden"."visits" "visits"
    where true
    group by "visits"."visit_date"
  ),
  "g_visits" as (
    select
      "date"."month" "month",
      sum("g_visits_pre"."c1_n") "c1"
    from "g_visits_pre"
      left outer join "golden"."dates" "date"
        on "g_visits_pre"."key_visits_visit_date" = "date"."date_id"
    where "date"."year" = cast(? as int)
    group by "date"."month"
  ),
  "result" as (
    select
      coalesce("g_orders"."month", "g_visits"."month") "month",
      cast("g_orders"."c0" as double) "revenue",
      coalesce("g_visits"."c1", 0) "visits"
    from "g_orders"
      full outer join "g_visits"
        on ("g_orders"."month" is not distinct from "g_visits"."month")
  )
select "result"."month", "result"."revenue", "result"."visits"
from "result"
order by "result"."month" asc nulls last
-- bind values: [2024, 2024]
