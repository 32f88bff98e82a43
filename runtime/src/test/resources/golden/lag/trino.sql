with
  "g_clicks" as (
    select
      cast(
        date_trunc(
          'week',
          cast("clicks"."clicked_at" as timestamp)
        )
        as date
      ) "week",
      cast(
        date_trunc(
          'week',
          cast("clicks"."clicked_at" as timestamp)
        )
        as date
      ) "week_of_week",
      sum("clicks"."amount") "c0"
    from "ts_clicks"."clicks" "clicks"
    group by
      cast(
        date_trunc(
          'week',
          cast("clicks"."clicked_at" as timestamp)
        )
        as date
      ),
      cast(
        date_trunc(
          'week',
          cast("clicks"."clicked_at" as timestamp)
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
  "w1_clicks" as (
    select
      date_add(
        'day',
        7,
        cast("p1_clicks"."source_period" as date)
      ) "week_of_week",
      sum("p1_clicks"."p1_clicksc0_p") "p1_clicksc0"
    from "p1_clicks"
    group by date_add(
      'day',
      7,
      cast("p1_clicks"."source_period" as date)
    )
  ),
  "w2_clicks" as (
    select
      "p1_clicks"."source_period" "week_of_week",
      sum("p1_clicks"."p1_clicksc0_p") "p1_clicksc0"
    from "p1_clicks"
    group by "p1_clicks"."source_period"
  ),
  "result" as (
    select
      "base"."week" "week",
      "base"."week_of_week" "week_of_week",
      "base"."c0" "amount",
      "w1_clicks"."p1_clicksc0" "amount_last_week",
      cast(
        ((cast(
          ("w2_clicks"."p1_clicksc0" - "w1_clicks"."p1_clicksc0")
          as double
        ) / cast(
          nullif("w1_clicks"."p1_clicksc0", 0)
          as double
        )) * 100)
        as double
      ) "wow_amount_change"
    from "base"
      left outer join "w1_clicks"
        on (
          (("base"."week_of_week" is null) = ("w1_clicks"."week_of_week" is null))
          and (coalesce("base"."week_of_week", date '1970-01-01') = coalesce("w1_clicks"."week_of_week", date '1970-01-01'))
        )
      left outer join "w2_clicks"
        on (
          (("base"."week_of_week" is null) = ("w2_clicks"."week_of_week" is null))
          and (coalesce("base"."week_of_week", date '1970-01-01') = coalesce("w2_clicks"."week_of_week", date '1970-01-01'))
        )
  )
select "result"."week", "result"."amount", "result"."amount_last_week", "result"."wow_amount_change"
from "result"
order by
  "result"."week" asc nulls last,
  "result"."week_of_week" asc nulls last
-- bind values: []
