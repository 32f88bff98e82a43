with
  "g_sales" as (
    select
      "region"."name" as "name",
      percentile_cont(cast(5E-1 as double precision)) within group (order by cast("sales"."amount" as double precision)) as "c0",
      percentile_cont(cast(9E-1 as double precision)) within group (order by cast("sales"."amount" as double precision)) as "c1",
      (array_agg("sales"."customer" order by "sales"."amount" desc, "sales"."customer" desc nulls last) filter (where ("sales"."amount" is not null)))[1] as "c2"
    from "shop"."sales" as "sales"
      left outer join "shop"."regions" as "region"
        on "sales"."region_id" = "region"."region_id"
    group by "region"."name"
  ),
  "result" as (
    select
      "g_sales"."name" as "name",
      cast("g_sales"."c0" as double precision) as "median_amount",
      cast("g_sales"."c1" as double precision) as "p90_amount",
      "g_sales"."c2" as "biggest_customer"
    from "g_sales"
  )
select "result"."name", "result"."median_amount", "result"."p90_amount", "result"."biggest_customer"
from "result"
order by "result"."name" asc nulls last
-- bind values: []
