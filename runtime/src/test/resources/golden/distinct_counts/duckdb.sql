with
  "g_sales_k" as (
    select
      "region"."name" "name",
      "sales"."customer" "k0",
      bool_or(("sales"."channel" = 'web')) "c1"
    from "shop"."sales" "sales"
      left outer join "shop"."regions" "region"
        on "sales"."region_id" = "region"."region_id"
    group by "region"."name", "sales"."customer"
  ),
  "g_sales" as (
    select
      "g_sales_k"."name" "name",
      count(*) filter (where "g_sales_k"."k0" is not null) "c0",
      count(*) filter (where (
        "g_sales_k"."k0" is not null
        and "g_sales_k"."c1"
      )) "c1"
    from "g_sales_k"
    group by "g_sales_k"."name"
  ),
  "g_visits" as (
    select
      "region"."name" "name",
      count(distinct "visits"."visitor") "c2"
    from "shop"."visits" "visits"
      left outer join "shop"."regions" "region"
        on "visits"."region_id" = "region"."region_id"
    group by "region"."name"
  ),
  "result" as (
    select
      coalesce("g_sales"."name", "g_visits"."name") "name",
      coalesce("g_sales"."c0", 0) "customers",
      coalesce("g_sales"."c1", 0) "web_customers",
      coalesce("g_visits"."c2", 0) "visitors"
    from "g_sales"
      full outer join "g_visits"
        on ("g_sales"."name" is not distinct from "g_visits"."name")
  )
select "result"."name", "result"."customers", "result"."web_customers", "result"."visitors"
from "result"
order by "result"."name" asc nulls last
-- bind values: []
