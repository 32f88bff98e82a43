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
  "base_rows" as (
    select
      "g_orders"."date_id" "date_id",
      "g_orders"."day_of_date_id" "day_of_date_id",
      "g_orders"."c0" "c0",
      1 "present"
    from "g_orders"
  ),
  "spine" as (
    select distinct
      "dates"."date_id" "date_id",
      cast("dates"."date_value" as date) "day_of_date_id"
    from "golden"."dates" "dates"
    where (
      cast("dates"."date_value" as date) >= cast(? as date)
      and cast("dates"."date_value" as date) <= ?
    )
  ),
  "base" as (
    select
      coalesce("grid"."date_id", "base_rows"."date_id") "date_id",
      coalesce("grid"."day_of_date_id", "base_rows"."day_of_date_id") "day_of_date_id",
      case
        when "base_rows"."present" is null then cast(0 as double)
        else "base_rows"."c0"
      end "c0"
    from "spine" "grid"
      full outer join "base_rows"
        on (
          (("grid"."date_id" is null) = ("base_rows"."date_id" is null))
          and (coalesce("grid"."date_id", 0) = coalesce("base_rows"."date_id", 0))
          and (("grid"."day_of_date_id" is null) = ("base_rows"."day_of_date_id" is null))
          and (coalesce("grid"."day_of_date_id", date '1970-01-01') = coalesce("base_rows"."day_of_date_id", date '1970-01-01'))
        )
  ),
  "p1_orders" as (
    select
      "g_orders"."day_of_date_id" "source_period",
      sum("g_orders"."c0") "p1_ordersc0_p"
    from "g_orders"
    group by "g_orders"."day_of_date_id"
  ),
  "w1_orders" as (
    select
      "k"."day_of_date_id" "day_of_date_id",
      sum("p1_orders"."p1_ordersc0_p") "p1_ordersc0"
    from (
      select distinct
        "base"."day_of_date_id",
        "base"."day_of_date_id" "frame_last"
      from "base"
    ) "k"
      left outer join "p1_orders"
        on "p1_orders"."source_period" <= "k"."frame_last"
    group by "k"."day_of_date_id"
  ),
  "shared_w2_orders" as (
    select
      "f"."c" "day_of_date_id",
      sum("p1_orders"."p1_ordersc0_p") filter (where (
        "p1_orders"."source_period" >= cast(
          date_trunc(
            'month',
            cast("f"."c" as timestamp(6))
          )
          as date
        )
        and "p1_orders"."source_period" <= "f"."c"
      )) "w2_orders_p1_ordersc0"
    from "p1_orders"
      cross join unnest(sequence("p1_orders"."source_period", date_add(
        'day',
        -1,
        cast(
          date_add(
            'month',
            1,
            cast(
              cast(
                date_trunc(
                  'month',
                  cast("p1_orders"."source_period" as timestamp(6))
                )
                as date
              )
              as date
            )
          )
          as date
        )
      ), interval '1' day)) "f" ("c")
    group by "f"."c"
  ),
  "result" as (
    select
      "base"."date_id" "date_id",
      "base"."day_of_date_id" "day_of_date_id",
      cast("base"."c0" as double) "revenue",
      cast("w1_orders"."p1_ordersc0" as double) "running_revenue",
      cast("shared_w2_orders"."w2_orders_p1_ordersc0" as double) "revenue_mtd"
    from "base"
      left outer join "w1_orders"
        on (
          (("base"."day_of_date_id" is null) = ("w1_orders"."day_of_date_id" is null))
          and (coalesce("base"."day_of_date_id", date '1970-01-01') = coalesce("w1_orders"."day_of_date_id", date '1970-01-01'))
        )
      left outer join "shared_w2_orders"
        on (
          (("base"."day_of_date_id" is null) = ("shared_w2_orders"."day_of_date_id" is null))
          and (coalesce("base"."day_of_date_id", date '1970-01-01') = coalesce("shared_w2_orders"."day_of_date_id", date '1970-01-01'))
        )
  )
select "result"."date_id", "result"."revenue", "result"."running_revenue", "result"."revenue_mtd"
from "result"
order by
  "result"."date_id" asc nulls last,
  "result"."day_of_date_id" asc nulls last
-- bind values: [2024-01-01, 2024-01-31]
