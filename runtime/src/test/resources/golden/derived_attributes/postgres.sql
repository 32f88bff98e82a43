with
  "ea_customer" as (
    select
      "orders"."customer_id" as "k_customer_id",
      min("orders"."ordered_on") as "c0",
      count("orders"."order_id") as "c1"
    from "dv"."orders" as "orders"
    group by "orders"."customer_id"
  ),
  "g_orders" as (
    select
      cast(
        date_trunc(
          'month',
          cast("ea_customer"."c0" as timestamp)
        )
        as date
      ) as "first_order_month",
      sum("orders"."amount") as "c0"
    from "dv"."orders" as "orders"
      left outer join "ea_customer" as "ea_customer"
        on "orders"."customer_id" = "ea_customer"."k_customer_id"
    where case
      when "orders"."customer_id" is not null then coalesce("ea_customer"."c1", 0)
    end >= ?
    group by cast(
      date_trunc(
        'month',
        cast("ea_customer"."c0" as timestamp)
      )
      as date
    )
  ),
  "g_visits" as (
    select
      cast(
        date_trunc(
          'month',
          cast("ea_customer"."c0" as timestamp)
        )
        as date
      ) as "first_order_month",
      count(*) as "c1"
    from "dv"."visits" as "visits"
      left outer join "ea_customer" as "ea_customer"
        on "visits"."customer_id" = "ea_customer"."k_customer_id"
    where case
      when "visits"."customer_id" is not null then coalesce("ea_customer"."c1", 0)
    end >= ?
    group by cast(
      date_trunc(
        'month',
        cast("ea_customer"."c0" as timestamp)
      )
      as date
    )
  ),
  "result" as (
    select
      coalesce("g_orders"."first_order_month", "g_visits"."first_order_month") as "first_order_month",
      "g_orders"."c0" as "revenue",
      coalesce("g_visits"."c1", 0) as "visit_count"
    from "g_orders"
      full outer join "g_visits"
        on (
          (("g_orders"."first_order_month" is null) = ("g_visits"."first_order_month" is null))
          and (coalesce("g_orders"."first_order_month", date '1970-01-01') = coalesce("g_visits"."first_order_month", date '1970-01-01'))
        )
  )
select "result"."first_order_month", "result"."revenue", "result"."visit_count"
from "result"
order by "result"."first_order_month" asc nulls last
-- bind values: [2, 2]
