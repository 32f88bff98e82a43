with
  "ea_customer" as (
    select
      "orders"."customer_id" "k_customer_id",
      min("orders"."ordered_on") "c0",
      count("orders"."order_id") "c1"
    from "dv"."orders" "orders"
    group by "orders"."customer_id"
  ),
  "g_orders" as (
    select
      cast(
        date_trunc(
          'month',
          cast("ea_customer"."c0" as timestamp without time zone)
        )
        as date
      ) "first_order_month",
      sum("orders"."amount") "c0"
    from "dv"."orders" "orders"
      left outer join "ea_customer" "ea_customer"
        on "orders"."customer_id" = "ea_customer"."k_customer_id"
    where case
      when "orders"."customer_id" is not null then coalesce("ea_customer"."c1", 0)
    end >= cast(? as int)
    group by cast(
      date_trunc(
        'month',
        cast("ea_customer"."c0" as timestamp without time zone)
      )
      as date
    )
  ),
  "g_visits" as (
    select
      cast(
        date_trunc(
          'month',
          cast("ea_customer"."c0" as timestamp without time zone)
        )
        as date
      ) "first_order_month",
      count(*) "c1"
    from "dv"."visits" "visits"
      left outer join "ea_customer" "ea_customer"
        on "visits"."customer_id" = "ea_customer"."k_customer_id"
    where case
      when "visits"."customer_id" is not null then coalesce("ea_customer"."c1", 0)
    end >= cast(? as int)
    group by cast(
      date_trunc(
        'month',
        cast("ea_customer"."c0" as timestamp without time zone)
      )
      as date
    )
  ),
  "result" as (
    select
      coalesce("g_orders"."first_order_month", "g_visits"."first_order_month") "first_order_month",
      "g_orders"."c0" "revenue",
      coalesce("g_visits"."c1", 0) "visit_count"
    from "g_orders"
      full outer join "g_visits"
        on ("g_orders"."first_order_month" is not distinct from "g_visits"."first_order_month")
  )
select "result"."first_order_month", "result"."revenue", "result"."visit_count"
from "result"
order by "result"."first_order_month" asc nulls last
-- bind values: [2, 2]
