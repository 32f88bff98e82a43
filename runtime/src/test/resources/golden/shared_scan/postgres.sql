with
  "scan_sales" as materialized (
    select
      "region"."name" as "region__name",
      "sales"."sale_id" as "sales__sale_id",
      "sales"."amount" as "sales__amount"
    from "shop"."sales" as "sales"
      left outer join "shop"."regions" as "region"
        on "sales"."region_id" = "region"."region_id"
  ),
  "g_sales_p" as (
    select
      "scan_sales"."region__name" as "name",
      "scan_sales"."sales__sale_id" as "k_sale_id",
      sum("scan_sales"."sales__amount") as "c0_p"
    from "scan_sales"
    group by "scan_sales"."region__name", "scan_sales"."sales__sale_id"
  ),
  "g_sales" as (
    select
      "g_sales_p"."name" as "name",
      sum("g_sales_p"."c0_p") as "c0"
    from "g_sales_p"
    group by "g_sales_p"."name"
  ),
  "g_sales_raw" as (
    select
      "scan_sales"."region__name" as "name",
      percentile_cont(cast(5E-1 as double precision)) within group (order by cast("scan_sales"."sales__amount" as double precision)) as "c1"
    from "scan_sales"
    group by "scan_sales"."region__name"
  ),
  "result" as (
    select
      coalesce("g_sales"."name", "g_sales_raw"."name") as "name",
      cast("g_sales"."c0" as double precision) as "revenue",
      cast("g_sales_raw"."c1" as double precision) as "median_amount"
    from "g_sales"
      full outer join "g_sales_raw"
        on (
          (("g_sales"."name" is null) = ("g_sales_raw"."name" is null))
          and (coalesce("g_sales"."name", '') = coalesce("g_sales_raw"."name", ''))
        )
  )
select "result"."name", "result"."revenue", "result"."median_amount"
from "result"
order by "result"."name" asc nulls last
-- bind values: []
