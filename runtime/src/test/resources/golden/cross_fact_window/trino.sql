with
  "scan_orders" as (
    select
      "date"."month" "date__month",
      "date"."date_value" "date__date_value",
      "orders"."order_id" "orders__order_id"
    from "golden"."orders" "orders"
      left outer join "golden"."dates" "date"
        on "orders"."order_date" = "date"."date_id"
  ),
  "g_orders" as (
    select
      "scan_orders"."date__month" "month",
      cast(
        date_trunc(
          'month',
          cast("scan_orders"."date__date_value" as timestamp(6))
        )
        as date
      ) "month_of_month",
      count(distinct "scan_orders"."orders__order_id") "c0"
    from "scan_orders"
    group by
      "scan_orders"."date__month",
      cast(
        date_trunc(
          'month',
          cast("scan_orders"."date__date_value" as timestamp(6))
        )
        as date
      )
  ),
  "g_visits_pre" as (
    select
      "visits"."visit_date" "key_visits_visit_date",
      count(*) "c1_n"
    from "golden"."visits" "visits"
    where true
    group by "visits"."visit_date"
  ),
  "g_visits" as (
    select
      "date"."month" "month",
      cast(
        date_trunc(
          'month',
          cast("date"."date_value" as timestamp(6))
        )
        as date
      ) "month_of_month",
      sum("g_visits_pre"."c1_n") "c1"
    from "g_visits_pre"
      left outer join "golden"."dates" "date"
        on "g_visits_pre"."key_visits_visit_date" = "date"."date_id"
    group by
      "date"."month",
      cast(
        date_trunc(
          'month',
          cast("date"."date_value" as timestamp(6))
        )
        as date
      )
  ),
  "base" as (
    select
      coalesce("g_orders"."month", "g_visits"."month") "month",
      coalesce("g_orders"."month_of_month", "g_visits"."month_of_month") "month_of_month",
      "g_orders"."c0" "c0",
      "g_visits"."c1" "c1"
    from "g_orders"
      full outer join "g_visits"
        on (
          (("g_orders"."month" is null) = ("g_visits"."month" is null))
          and (coalesce("g_orders"."month", 0) = coalesce("g_visits"."month", 0))
          and (("g_orders"."month_of_month" is null) = ("g_visits"."month_of_month" is null))
          and (coalesce("g_orders"."month_of_month", date '1970-01-01') = coalesce("g_visits"."month_of_month", date '1970-01-01'))
        )
  ),
  "p1_orders" as (
    select
      cast(
        date_trunc(
          'month',
          cast("scan_orders"."date__date_value" as timestamp(6))
        )
        as date
      ) "source_period",
      "scan_orders"."orders__order_id" "l0"
    from "scan_orders"
    group by
      cast(
        date_trunc(
          'month',
          cast("scan_orders"."date__date_value" as timestamp(6))
        )
        as date
      ),
      "scan_orders"."orders__order_id"
  ),
  "shared_w1_orders" as (
    select
      "f"."c" "month_of_month",
      count(distinct "p1_orders"."l0") filter (where "p1_orders"."source_period" = date_add(
        'month',
        -1,
        cast("f"."c" as date)
      )) "w1_orders_p1_ordersc0"
    from "p1_orders"
      cross join unnest(sequence(date_add(
        'month',
        1,
        cast("p1_orders"."source_period" as date)
      ), date_add(
        'month',
        1,
        cast("p1_orders"."source_period" as date)
      ), interval '1' month)) "f" ("c")
    group by "f"."c"
  ),
  "p2_visits" as (
    select
      "g_visits"."month_of_month" "source_period",
      sum("g_visits"."c1") "p2_visitsc0_p"
    from "g_visits"
    group by "g_visits"."month_of_month"
  ),
  "shared_w1_visits" as (
    select
      "f"."c" "month_of_month",
      sum("p2_visits"."p2_visitsc0_p") filter (where "p2_visits"."source_period" = date_add(
        'month',
        -1,
        cast("f"."c" as date)
      )) "w1_visits_p2_visitsc0"
    from "p2_visits"
      cross join unnest(sequence(date_add(
        'month',
        1,
        cast("p2_visits"."source_period" as date)
      ), date_add(
        'month',
        1,
        cast("p2_visits"."source_period" as date)
      ), interval '1' month)) "f" ("c")
    group by "f"."c"
  ),
  "result" as (
    select
      "base"."month" "month",
      "base"."month_of_month" "month_of_month",
      cast(
        (cast(
          coalesce("base"."c0", 0)
          as double
        ) / cast(
          nullif(
            coalesce("base"."c1", 0),
            0
          )
          as double
        ))
        as double
      ) "conversion",
      cast(
        (cast(
          coalesce("shared_w1_orders"."w1_orders_p1_ordersc0", 0)
          as double
        ) / cast(
          nullif(
            coalesce("shared_w1_visits"."w1_visits_p2_visitsc0", 0),
            0
          )
          as double
        ))
        as double
      ) "conversion_last_month"
    from "base"
      left outer join "shared_w1_orders"
        on (
          (("base"."month_of_month" is null) = ("shared_w1_orders"."month_of_month" is null))
          and (coalesce("base"."month_of_month", date '1970-01-01') = coalesce("shared_w1_orders"."month_of_month", date '1970-01-01'))
        )
      left outer join "shared_w1_visits"
        on (
          (("base"."month_of_month" is null) = ("shared_w1_visits"."month_of_month" is null))
          and (coalesce("base"."month_of_month", date '1970-01-01') = coalesce("shared_w1_visits"."month_of_month", date '1970-01-01'))
        )
  )
select "result"."month", "result"."conversion", "result"."conversion_last_month"
from "result"
order by
  "result"."month" asc nulls last,
  "result"."month_of_month" asc nulls last
-- bind values: []
