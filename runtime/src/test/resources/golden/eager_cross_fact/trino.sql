with
  "g_orders" as (
    select
      "date"."month" "month",
      sum("orders"."amount") "c0"
    from "golden"."orders" "orders"
      left outer join "golden"."dates" "date"
        on "orders"."order_date" = "date"."date_id"
    where "date"."year" = ?
    group by "date"."month"
  ),
  "g_visits" as (
    select
      "date"."month" "month",
      count(*) "c1"
    from "golden"."visits" "visits"
      left outer join "golden"."dates" "date"
        on "visits"."visit_date" = "date"."date_id"
    where "date"."year" = ?
    group by "date"."month"
  ),
  "result" as (
    select
      coalesce("g_orders"."month", "g_visits"."month") "month",
      cast("g_orders"."c0" as double) "revenue",
      coalesce("g_visits"."c1", 0) "visits"
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
