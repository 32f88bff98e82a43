with
  "g_sales_pre" as (
    select
      "sales"."day_id" as "key_sales_day_id",
      sum("sales"."amount") as "c0_p",
      sum("sales"."qty") as "c1_p"
    from "shop"."sales" as "sales"
      left outer join "shop"."regions" as "region"
        on "sales"."region_id" = "region"."region_id"
    where (
      "region"."name" = ?
      and "sales"."channel" = ?
    )
    group by "sales"."day_id"
  ),
  "g_sales" as (
    select
      "day_sale"."month" as "month",
      sum("g_sales_pre"."c0_p") as "c0",
      sum("g_sales_pre"."c1_p") as "c1"
    from "g_sales_pre"
      left outer join "shop"."days" as "day_sale"
        on "g_sales_pre"."key_sales_day_id" = "day_sale"."day_id"
    group by "day_sale"."month"
  ),
  "result" as (
    select
      "g_sales"."month" as "month",
      cast("g_sales"."c0" as double precision) as "revenue",
      "g_sales"."c1" as "units"
    from "g_sales"
  )
select "result"."month", "result"."revenue", "result"."units"
from "result"
order by "result"."month" asc nulls last
-- bind values: [North, web]
