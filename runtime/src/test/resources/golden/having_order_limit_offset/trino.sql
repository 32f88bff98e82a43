with
  "g_sales_pre" as (
    select
      "sales"."region_id" "key_sales_region_id",
      sum("sales"."amount") "c0_p",
      count(*) "c1_n"
    from "shop"."sales" "sales"
    where true
    group by "sales"."region_id"
  ),
  "g_sales" as (
    select
      "region"."name" "name",
      sum("g_sales_pre"."c0_p") "c0",
      sum("g_sales_pre"."c1_n") "c1"
    from "g_sales_pre"
      left outer join "shop"."regions" "region"
        on "g_sales_pre"."key_sales_region_id" = "region"."region_id"
    group by "region"."name"
  ),
  "result" as (
    select
      "g_sales"."name" "name",
      cast("g_sales"."c0" as double) "revenue",
      coalesce("g_sales"."c1", 0) "sales"
    from "g_sales"
  )
select "result"."name", "result"."revenue", "result"."sales"
from "result"
where "result"."revenue" > ?
order by
  "result"."revenue" desc nulls last,
  "result"."name" asc nulls last

offset ?
limit ?
-- bind values: [5, 1, 2]
