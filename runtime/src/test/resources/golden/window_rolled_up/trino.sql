with
  "g_clicks_p" as (
    select
      cast("clicks"."clicked_at" as date) "day",
      cast("clicks"."clicked_at" as date) "day_of_day",
      cast(
        date_trunc(
          'week',
          cast("clicks"."clicked_at" as timestamp(6))
        )
        as date
      ) "week_of_day",
      "clicks"."click_id" "k_click_id",
      sum("clicks"."amount") "c0_p"
    from "ts_clicks"."clicks" "clicks"
    group by
      cast("clicks"."clicked_at" as date),
      cast("clicks"."clicked_at" as date),
      cast(
        date_trunc(
          'week',
          cast("clicks"."clicked_at" as timestamp(6))
        )
        as date
      ),
      "clicks"."click_id"
  ),
  "g_clicks" as (
    select
      "g_clicks_p"."day" "day",
      "g_clicks_p"."day_of_day" "day_of_day",
      "g_clicks_p"."week_of_day" "week_of_day",
      sum("g_clicks_p"."c0_p") "c0"
    from "g_clicks_p"
    group by "g_clicks_p"."day", "g_clicks_p"."day_of_day", "g_clicks_p"."week_of_day"
  ),
  "base" as (
    select
      "g_clicks"."day" "day",
      "g_clicks"."day_of_day" "day_of_day",
      "g_clicks"."week_of_day" "week_of_day",
      "g_clicks"."c0" "c0"
    from "g_clicks"
  ),
  "p1_clicks" as (
    select
      "g_clicks"."day_of_day" "source_period",
      sum("g_clicks"."c0") "p1_clicksc0_p"
    from "g_clicks"
    group by "g_clicks"."day_of_day"
  ),
  "shared_w1_clicks" as (
    select
      "f"."c" "day_of_day",
      sum("p1_clicks"."p1_clicksc0_p") filter (where (
        "p1_clicks"."source_period" > date_add(
          'day',
          -7,
          cast("f"."c" as date)
        )
        and "p1_clicks"."source_period" <= "f"."c"
      )) "w1_clicks_p1_clicksc0"
    from "p1_clicks"
      cross join unnest(sequence("p1_clicks"."source_period", date_add(
        'day',
        6,
        cast("p1_clicks"."source_period" as date)
      ), interval '1' day)) "f" ("c")
    group by "f"."c"
  ),
  "p2_clicks" as (
    select
      "g_clicks"."week_of_day" "source_period",
      sum("g_clicks"."c0") "p2_clicksc0_p"
    from "g_clicks"
    group by "g_clicks"."week_of_day"
  ),
  "shared_w2_clicks" as (
    select
      "f"."c" "week_of_day",
      sum("p2_clicks"."p2_clicksc0_p") filter (where "p2_clicks"."source_period" = date_add(
        'day',
        -7,
        cast("f"."c" as date)
      )) "w2_clicks_p2_clicksc0"
    from "p2_clicks"
      cross join unnest(sequence(date_add(
        'day',
        7,
        cast("p2_clicks"."source_period" as date)
      ), date_add(
        'day',
        7,
        cast("p2_clicks"."source_period" as date)
      ), interval '7' day)) "f" ("c")
    group by "f"."c"
  ),
  "result" as (
    select
      "base"."day" "day",
      "base"."day_of_day" "day_of_day",
      "base"."week_of_day" "week_of_day",
      "shared_w1_clicks"."w1_clicks_p1_clicksc0" "amount_7d",
      "shared_w2_clicks"."w2_clicks_p2_clicksc0" "amount_last_week"
    from "base"
      left outer join "shared_w1_clicks"
        on (
          (("base"."day_of_day" is null) = ("shared_w1_clicks"."day_of_day" is null))
          and (coalesce("base"."day_of_day", date '1970-01-01') = coalesce("shared_w1_clicks"."day_of_day", date '1970-01-01'))
        )
      left outer join "shared_w2_clicks"
        on (
          (("base"."week_of_day" is null) = ("shared_w2_clicks"."week_of_day" is null))
          and (coalesce("base"."week_of_day", date '1970-01-01') = coalesce("shared_w2_clicks"."week_of_day", date '1970-01-01'))
        )
  )
select "result"."day", "result"."amount_7d", "result"."amount_last_week"
from "result"
order by
  "result"."day" asc nulls last,
  "result"."day_of_day" asc nulls last,
  "result"."week_of_day" asc nulls last
-- bind values: []
