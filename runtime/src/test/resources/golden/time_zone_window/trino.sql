with
  "scan_clicks" as (
    select
      cast(
        at_timezone(
          with_timezone("clicks"."clicked_at", 'UTC'),
          ?
        )
        as timestamp(6)
      ) "clicks__clicked_at__local",
      "clicks"."amount" "clicks__amount"
    from "ts_clicks"."clicks" "clicks"
  ),
  "g_clicks" as (
    select
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at__local" as timestamp(6))
        )
        as date
      ) "week",
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at__local" as timestamp(6))
        )
        as date
      ) "week_of_week",
      sum("scan_clicks"."clicks__amount") "c0"
    from "scan_clicks"
    group by
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at__local" as timestamp(6))
        )
        as date
      ),
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at__local" as timestamp(6))
        )
        as date
      )
  ),
  "base" as (
    select
      "g_clicks"."week" "week",
      "g_clicks"."week_of_week" "week_of_week",
      "g_clicks"."c0" "c0"
    from "g_clicks"
  ),
  "p1_clicks" as (
    select
      "g_clicks"."week_of_week" "source_period",
      sum("g_clicks"."c0") "p1_clicksc0_p"
    from "g_clicks"
    group by "g_clicks"."week_of_week"
  ),
  "shared_w1_clicks" as (
    select
      "f"."c" "week_of_week",
      sum("p1_clicks"."p1_clicksc0_p") filter (where "p1_clicks"."source_period" = date_add(
        'day',
        -7,
        cast("f"."c" as date)
      )) "w1_clicks_p1_clicksc0"
    from "p1_clicks"
      cross join unnest(sequence(date_add(
        'day',
        7,
        cast("p1_clicks"."source_period" as date)
      ), date_add(
        'day',
        7,
        cast("p1_clicks"."source_period" as date)
      ), interval '7' day)) "f" ("c")
    group by "f"."c"
  ),
  "result" as (
    select
      "base"."week" "week",
      "base"."week_of_week" "week_of_week",
      "base"."c0" "amount",
      "shared_w1_clicks"."w1_clicks_p1_clicksc0" "amount_last_week"
    from "base"
      left outer join "shared_w1_clicks"
        on (
          (("base"."week_of_week" is null) = ("shared_w1_clicks"."week_of_week" is null))
          and (coalesce("base"."week_of_week", date '1970-01-01') = coalesce("shared_w1_clicks"."week_of_week", date '1970-01-01'))
        )
  )
select "result"."week", "result"."amount", "result"."amount_last_week"
from "result"
order by
  "result"."week" asc nulls last,
  "result"."week_of_week" asc nulls last
-- bind values: [America/New_York]
