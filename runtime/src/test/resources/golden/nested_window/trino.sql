with
  "g_orders_pre" as (
    select
      "orders"."order_date" "key_orders_order_date",
      sum("orders"."amount") "c0_p"
    from "golden"."orders" "orders"
    where true
    group by "orders"."order_date"
  ),
  "g_orders" as (
    select
      "date"."date_id" "date_id",
      cast("date"."date_value" as date) "day_of_date_id",
      sum("g_orders_pre"."c0_p") "c0"
    from "g_orders_pre"
      left outer join "golden"."dates" "date"
        on "g_orders_pre"."key_orders_order_date" = "date"."date_id"
    group by
      "date"."date_id",
      cast("date"."date_value" as date)
  ),
  "base" as (
    select
      "g_orders"."date_id" "date_id",
      "g_orders"."day_of_date_id" "day_of_date_id",
      "g_orders"."c0" "c0"
    from "g_orders"
  ),
  "p1_orders" as (
    select
      "g_orders"."day_of_date_id" "source_period",
      sum("g_orders"."c0") "p1_ordersc0_p"
    from "g_orders"
    group by "g_orders"."day_of_date_id"
  ),
  "shared_w1_orders" as (
    select
      "f"."c" "day_of_date_id",
      sum("p1_orders"."p1_ordersc0_p") filter (where (
        "p1_orders"."source_period" > date_add(
          'day',
          -7,
          cast("f"."c" as date)
        )
        and "p1_orders"."source_period" <= "f"."c"
      )) "w1_orders_p1_ordersc0",
      sum("p1_orders"."p1_ordersc0_p") filter (where (
        "p1_orders"."source_period" > date_add(
          'day',
          -7,
          cast(
            date_add(
              'day',
              -7,
              cast("f"."c" as date)
            )
            as date
          )
        )
        and "p1_orders"."source_period" <= date_add(
          'day',
          -7,
          cast("f"."c" as date)
        )
      )) "w2_orders_p1_ordersc0"
    from "p1_orders"
      cross join unnest(sequence("p1_orders"."source_period", greatest(
        date_add(
          'day',
          6,
          cast("p1_orders"."source_period" as date)
        ),
        date_add(
          'day',
          7,
          cast(
            date_add(
              'day',
              6,
              cast("p1_orders"."source_period" as date)
            )
            as date
          )
        )
      ), interval '1' day)) "f" ("c")
    group by "f"."c"
  ),
  "result" as (
    select
      "base"."date_id" "date_id",
      "base"."day_of_date_id" "day_of_date_id",
      cast("shared_w1_orders"."w1_orders_p1_ordersc0" as double) "trailing_7d_revenue",
      cast("shared_w1_orders"."w2_orders_p1_ordersc0" as double) "trailing_7d_week_ago"
    from "base"
      left outer join "shared_w1_orders"
        on (
          (("base"."day_of_date_id" is null) = ("shared_w1_orders"."day_of_date_id" is null))
          and (coalesce("base"."day_of_date_id", date '1970-01-01') = coalesce("shared_w1_orders"."day_of_date_id", date '1970-01-01'))
        )
  )
select "result"."date_id", "result"."trailing_7d_revenue", "result"."trailing_7d_week_ago"
from "result"
order by
  "result"."date_id" asc nulls last,
  "result"."day_of_date_id" asc nulls last
-- bind values: []
