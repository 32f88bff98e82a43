with
  "g_sales" as (
    select
      "sales"."channel" "channel",
      sum("sales"."amount") filter (where "region"."name" = 'North') "c0",
      sum("sales"."amount") filter (where "sales"."channel" = 'web') "c1"
    from "shop"."sales" "sales"
      left outer join "shop"."regions" "region"
        on "sales"."region_id" = "region"."region_id"
    group by "sales"."channel"
  ),
  "result" as (
    select
      "g_sales"."channel" "channel",
      cast("g_sales"."c0" as double) "north_revenue",
      cast("g_sales"."c1" as double) "web_revenue"
    from "g_sales"
  )
select "result"."channel", "result"."north_revenue", "result"."web_revenue"
from "result"
order by "result"."channel" asc nulls last
-- bind values: []
