with
  "g_sales_pre" as (
    select
      "sales"."day_id" "key_sales_day_id",
      "sales"."region_id" "key_sales_region_id",
      sum("sales"."amount") "c0_p"
    from "shop"."sales" "sales"
    where true
    group by "sales"."day_id", "sales"."region_id"
  ),
  "g_sales" as (
    select
      "day_sale"."month" "month",
      "region"."name" "name",
      sum("g_sales_pre"."c0_p") "c0"
    from "g_sales_pre"
      left outer join "shop"."days" "day_sale"
        on "g_sales_pre"."key_sales_day_id" = "day_sale"."day_id"
      left outer join "shop"."regions" "region"
        on "g_sales_pre"."key_sales_region_id" = "region"."region_id"
    group by "day_sale"."month", "region"."name"
  ),
  "g_visits_pre" as (
    select
      "visits"."day_id" "key_visits_day_id",
      "visits"."region_id" "key_visits_region_id",
      count(*) "c1_n"
    from "shop"."visits" "visits"
    where true
    group by "visits"."day_id", "visits"."region_id"
  ),
  "g_visits" as (
    select
      "day_visit"."month" "month",
      "region"."name" "name",
      sum("g_visits_pre"."c1_n") "c1"
    from "g_visits_pre"
      left outer join "shop"."days" "day_visit"
        on "g_visits_pre"."key_visits_day_id" = "day_visit"."day_id"
      left outer join "shop"."regions" "region"
        on "g_visits_pre"."key_visits_region_id" = "region"."region_id"
    group by "day_visit"."month", "region"."name"
  ),
  "result" as (
    select
      coalesce("g_sales"."month", "g_visits"."month") "month",
      coalesce("g_sales"."name", "g_visits"."name") "name",
      cast("g_sales"."c0" as double) "revenue",
      coalesce("g_visits"."c1", 0) "visits"
    from "g_sales"
      full outer join "g_visits"
        on (
          (("g_sales"."month" is null) = ("g_visits"."month" is null))
          and (coalesce("g_sales"."month", 0) = coalesce("g_visits"."month", 0))
          and (("g_sales"."name" is null) = ("g_visits"."name" is null))
          and (coalesce("g_sales"."name", '') = coalesce("g_visits"."name", ''))
        )
  )
select "result"."month", "result"."name", "result"."revenue", "result"."visits"
from "result"
order by
  "result"."month" asc nulls last,
  "result"."name" asc nulls last
-- bind values: []
