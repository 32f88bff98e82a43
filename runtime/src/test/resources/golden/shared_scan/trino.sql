with
  "scan_sales" as (
    select
      "region"."name" "region__name",
      "sales"."sale_id" "sales__sale_id",
      "sales"."amount" "sales__amount"
    from "shop"."sales" "sales"
      left outer join "shop"."regions" "region"
        on "sales"."region_id" = "region"."region_id"
  ),
  "g_sales_p" as (
    select
      "scan_sales"."region__name" "name",
      "scan_sales"."sales__sale_id" "k_sale_id",
      sum("scan_sales"."sales__amount") "c0_p"
    from "scan_sales"
    group by "scan_sales"."region__name", "scan_sales"."sales__sale_id"
  ),
  "g_sales" as (
    select
      "g_sales_p"."name" "name",
      sum("g_sales_p"."c0_p") "c0"
    from "g_sales_p"
    group by "g_sales_p"."name"
  ),
  "g_sales_raw" as (
    select
      "scan_sales"."region__name" "name",
      element_at(transform(array[array_sort(array_agg(cast("scan_sales"."sales__amount" as double)) filter (where cast("scan_sales"."sales__amount" as double) is not null))], a -> if(cardinality(a) = 0, null, a[cast(floor((cast(5E-1 as double) * (cardinality(a) - 1))) as bigint) + 1] + (a[cast(ceiling((cast(5E-1 as double) * (cardinality(a) - 1))) as bigint) + 1] - a[cast(floor((cast(5E-1 as double) * (cardinality(a) - 1))) as bigint) + 1]) * ((cast(5E-1 as double) * (cardinality(a) - 1)) - floor((cast(5E-1 as double) * (cardinality(a) - 1)))))), 1) "c1"
    from "scan_sales"
    group by "scan_sales"."region__name"
  ),
  "result" as (
    select
      coalesce("g_sales"."name", "g_sales_raw"."name") "name",
      cast("g_sales"."c0" as double) "revenue",
      cast("g_sales_raw"."c1" as double) "median_amount"
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
