with
  "g_clicks" as (
    select
      cast(
        date_trunc(
          'week',
          cast("clicks"."clicked_at" as timestamp(6))
        )
        as date
      ) "week",
      cast(
        date_trunc(
          'week',
          cast("clicks"."clicked_at" as timestamp(6))
        )
        as date
      ) "week_of_week",
      sum("clicks"."amount") "c0"
    from "ts_clicks"."clicks" "clicks"
    group by
      cast(
        date_trunc(
          'week',
          cast("clicks"."clicked_at" as timestamp(6))
        )
        as date
      ),
      cast(
        date_trunc(
          'week',
          cast("clicks"."clicked_at" as timestamp(6))
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
      )) "w1_clicks_p1_clicksc0",
      sum("p1_clicks"."p1_clicksc0_p") filter (where "p1_clicks"."source_period" = "f"."c") "w2_clicks_p1_clicksc0"
    from "p1_clicks"
      cross join unnest(sequence("p1_clicks"."source_period", greatest(
        date_add(
          'day',
          7,
          cast("p1_clicks"."source_period" as date)
        ),
        "p1_clicks"."source_period"
      ), interval '7' day)) "f" ("c")
    group by "f"."c"
  ),
  "result" as (
    select
      "base"."week" "week",
      "base"."week_of_week" "week_of_week",
      "base"."c0" "amount",
      "shared_w1_clicks"."w1_clicks_p1_clicksc0" "amount_last_week",
      cast(
        ((cast(
          ("shared_w1_clicks"."w2_clicks_p1_clicksc0" - "shared_w1_clicks"."w1_clicks_p1_clicksc0")
          as double
        ) / cast(
          nullif("shared_w1_clicks"."w1_clicks_p1_clicksc0", 0)
          as double
        )) * 100)
        as double
      ) "wow_amount_change"
    from "base"
      left outer join "shared_w1_clicks"
        on (
          (("base"."week_of_week" is null) = ("shared_w1_clicks"."week_of_week" is null))
          and (coalesce("base"."week_of_week", date '1970-01-01') = coalesce("shared_w1_clicks"."week_of_week", date '1970-01-01'))
        )
  )
select "result"."week", "result"."amount", "result"."amount_last_week", "result"."wow_amount_change"
from "result"
order by
  "result"."week" asc nulls last,
  "result"."week_of_week" asc nulls last
-- bind values: []
