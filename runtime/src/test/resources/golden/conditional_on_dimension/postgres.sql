with
  "g_sales" as (
    select
      "sales"."channel" as "channel",
      sum("sales"."amount") filter (where "region"."name" = 'North') as "c0",
      sum("sales"."amount") filter (where "sales"."channel" = 'web') as "c1"
    from "shop"."sales" as "sales"
      left outer join "shop"."regions" as "region"
        on "sales"."region_id" = "region"."region_id"
    group by "sales"."channel"
  ),
  "result" as (
    select
      "g_sales"."channel" as "channel",
      cast("g_sales"."c0" as double precision) as "north_revenue",
      cast("g_sales"."c1" as double precision) as "web_revenue"
    from "g_sales"
  )
select "result"."channel", "result"."north_revenue", "result"."web_revenue"
from "result"
order by "result"."channel" asc nulls last
-- bind values: []
