with
  "g_sales_pre" as (
    select
      "sales"."day_id" "key_sales_day_id",
      sum("sales"."amount") "c0_p",
      sum("sales"."qty") "c1_p"
    from "shop"."sales" "sales"
      left outer join "shop"."regions" "region"
        on "sales"."region_id" = "region"."region_id"
    where (
      "region"."name" = ?
      and "sales"."channel" = ?
    )
    group by "sales"."day_id"
  ),
  "g_sales" as (
    select
      "day_sale"."month" "month",
      sum("g_sales_pre"."c0_p") "c0",
      sum("g_sales_pre"."c1_p") "c1"
    from "g_sales_pre"
      left outer join "shop"."days" "day_sale"
        on "g_sales_pre"."key_sales_day_id" = "day_sale"."day_id"
    group by "day_sale"."month"
  ),
  "result" as (
    select
      "g_sales"."month" "month",
      cast("g_sales"."c0" as double) "revenue",
      "g_sales"."c1" "units"
    from "g_sales"
  )
select "result"."month", "result"."revenue", "result"."units"
from "result"
order by "result"."month" asc nulls last
-- bind values: [North, web]
