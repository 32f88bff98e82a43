with
  "g_sales" as (
    select sum("sales"."amount") "c0"
    from "shop"."sales" "sales"
  ),
  "g_visits" as (
    select count(*) "c1"
    from "shop"."visits" "visits"
  ),
  "result" as (
    select
      cast("g_sales"."c0" as double) "revenue",
      coalesce("g_visits"."c1", 0) "visits"
    from "g_sales"
      cross join "g_visits"
  )
select "result"."revenue", "result"."visits"
from "result"
-- bind values: []
