with
  "ea_customer" as (
    select
      "orders"."account_id" as "k_account_id",
      "orders"."customer_id" as "k_customer_id",
      count("orders"."order_id") as "c0"
    from "mt"."orders" as "orders"
    where "orders"."account_id" = ?
    group by "orders"."account_id", "orders"."customer_id"
  ),
  "g_orders" as (
    select
      case
        when (
          "orders"."account_id" is not null
          and "orders"."customer_id" is not null
        ) then coalesce("ea_customer"."c0", 0)
      end as "lifetime_orders",
      sum("orders"."amount") as "c0"
    from "mt"."orders" as "orders"
      left outer join "ea_customer" as "ea_customer"
        on (
          "orders"."account_id" = "ea_customer"."k_account_id"
          and "orders"."customer_id" = "ea_customer"."k_customer_id"
        )
    where "orders"."account_id" = ?
    group by
      case
        when (
          "orders"."account_id" is not null
          and "orders"."customer_id" is not null
        ) then coalesce("ea_customer"."c0", 0)
      end
  ),
  "g_visits" as (
    select
      case
        when (
          "visits"."account_id" is not null
          and "visits"."customer_id" is not null
        ) then coalesce("ea_customer"."c0", 0)
      end as "lifetime_orders",
      count(*) as "c1"
    from "mt"."visits" as "visits"
      left outer join "ea_customer" as "ea_customer"
        on (
          "visits"."account_id" = "ea_customer"."k_account_id"
          and "visits"."customer_id" = "ea_customer"."k_customer_id"
        )
    where "visits"."account_id" = ?
    group by
      case
        when (
          "visits"."account_id" is not null
          and "visits"."customer_id" is not null
        ) then coalesce("ea_customer"."c0", 0)
      end
  ),
  "result" as (
    select
      coalesce("g_orders"."lifetime_orders", "g_visits"."lifetime_orders") as "lifetime_orders",
      "g_orders"."c0" as "revenue",
      coalesce("g_visits"."c1", 0) as "visit_count"
    from "g_orders"
      full outer join "g_visits"
        on (
          (("g_orders"."lifetime_orders" is null) = ("g_visits"."lifetime_orders" is null))
          and (coalesce("g_orders"."lifetime_orders", 0) = coalesce("g_visits"."lifetime_orders", 0))
        )
  )
select "result"."lifetime_orders", "result"."revenue", "result"."visit_count"
from "result"
order by "result"."lifetime_orders" asc nulls last
-- bind values: [2, 2, 2]
