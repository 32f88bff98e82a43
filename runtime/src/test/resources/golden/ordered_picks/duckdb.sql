with
  "g_sales" as (
    select
      "region"."name" "name",
      quantile_cont(cast("sales"."amount" as double), 5E-1) "c0",
      quantile_cont(cast("sales"."amount" as double), 9E-1) "c1",
      (list("sales"."customer" order by "sales"."amount" desc, "sales"."customer" desc nulls last) filter (where ("sales"."amount" is not null)))[1] "c2"
    from "shop"."sales" "sales"
      left outer join "shop"."regions" "region"
        on "sales"."region_id" = "region"."region_id"
    group by "region"."name"
  ),
  "result" as (
    select
      "g_sales"."name" "name",
      cast("g_sales"."c0" as double) "median_amount",
      cast("g_sales"."c1" as double) "p90_amount",
      "g_sales"."c2" "biggest_customer"
    from "g_sales"
  )
select "result"."name", "result"."median_amount", "result"."p90_amount", "result"."biggest_customer"
from "result"
order by "result"."name" asc nulls last
-- bind values: []
