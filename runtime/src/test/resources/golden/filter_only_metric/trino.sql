with
  "g_sales_pre" as (
    select
      "sales"."region_id" "key_sales_region_id",
      sum("sales"."amount") "c0_p"
    from "shop"."sales" "sales"
    where true
    group by "sales"."region_id"
  ),
  "g_sales" as (
    select
      "region"."name" "name",
      sum("g_sales_pre"."c0_p") "c0"
    from "g_sales_pre"
      left outer join "shop"."regions" "region"
        on "g_sales_pre"."key_sales_region_id" = "region"."region_id"
    group by "region"."name"
  ),
  "g_visits_pre" as (
    select
      "visits"."region_id" "key_visits_region_id",
      count(*) "c1_n"
    from "shop"."visits" "visits"
    where true
    group by "visits"."region_id"
  ),
  "g_visits" as (
    select
      "region"."name" "name",
      sum("g_visits_pre"."c1_n") "c1"
    from "g_visits_pre"
      left outer join "shop"."regions" "region"
        on "g_visits_pre"."key_visits_region_id" = "region"."region_id"
    group by "region"."name"
  ),
  "result" as (
    select
      "g_sales"."name" "name",
      cast("g_sales"."c0" as double) "revenue",
      coalesce("g_visits"."c1", 0) "visits"
    from "g_sales"
      left outer join "g_visits"
        on (
          (("g_sales"."name" is null) = ("g_visits"."name" is null))
          and (coalesce("g_sales"."name", '') = coalesce("g_visits"."name", ''))
        )
  )
select "result"."name", "result"."revenue"
from "result"
where "result"."visits" > ?
order by "result"."name" asc nulls last
-- bind values: [1]
