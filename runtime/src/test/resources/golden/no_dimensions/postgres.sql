with
  "g_sales" as (
    select sum("sales"."amount") as "c0"
    from "shop"."sales" as "sales"
  ),
  "g_visits" as (
    select count(*) as "c1"
    from "shop"."visits" as "visits"
  ),
  "result" as (
    select
      cast("g_sales"."c0" as double precision) as "revenue",
      coalesce("g_visits"."c1", 0) as "visits"
    from "g_sales"
      cross join "g_visits"
  )
select "result"."revenue", "result"."visits"
from "result"
-- bind values: []
