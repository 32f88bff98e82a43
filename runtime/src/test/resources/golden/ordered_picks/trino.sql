with
  "g_sales" as (
    select
      "region"."name" "name",
      element_at(transform(array[array_sort(array_agg(cast("sales"."amount" as double)) filter (where cast("sales"."amount" as double) is not null))], a -> if(cardinality(a) = 0, null, a[cast(floor((cast(5E-1 as double) * (cardinality(a) - 1))) as bigint) + 1] + (a[cast(ceiling((cast(5E-1 as double) * (cardinality(a) - 1))) as bigint) + 1] - a[cast(floor((cast(5E-1 as double) * (cardinality(a) - 1))) as bigint) + 1]) * ((cast(5E-1 as double) * (cardinality(a) - 1)) - floor((cast(5E-1 as double) * (cardinality(a) - 1)))))), 1) "c0",
      element_at(transform(array[array_sort(array_agg(cast("sales"."amount" as double)) filter (where cast("sales"."amount" as double) is not null))], a -> if(cardinality(a) = 0, null, a[cast(floor((cast(9E-1 as double) * (cardinality(a) - 1))) as bigint) + 1] + (a[cast(ceiling((cast(9E-1 as double) * (cardinality(a) - 1))) as bigint) + 1] - a[cast(floor((cast(9E-1 as double) * (cardinality(a) - 1))) as bigint) + 1]) * ((cast(9E-1 as double) * (cardinality(a) - 1)) - floor((cast(9E-1 as double) * (cardinality(a) - 1)))))), 1) "c1",
      element_at(array_agg("sales"."customer" order by "sales"."amount" desc, "sales"."customer" desc nulls last) filter (where ("sales"."amount" is not null)), 1) "c2"
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
