with
  "g_clicks" as materialized (
    select
      cast("clicks"."clicked_at" as date) as "day",
      cast("clicks"."clicked_at" as date) as "day_of_day",
      sum("clicks"."amount") as "c0"
    from "ts_clicks"."clicks" as "clicks"
    group by
      cast("clicks"."clicked_at" as date),
      cast("clicks"."clicked_at" as date)
  ),
  "base" as (
    select
      "g_clicks"."day" as "day",
      "g_clicks"."day_of_day" as "day_of_day",
      "g_clicks"."c0" as "c0"
    from "g_clicks"
  ),
  "p1_clicks" as (
    select
      "g_clicks"."day_of_day" as "source_period",
      sum("g_clicks"."c0") as "p1_clicksc0_p"
    from "g_clicks"
    group by "g_clicks"."day_of_day"
  ),
  "w1_clicks" as materialized (
    select
      "k"."day_of_day" as "day_of_day",
      sum("p1_clicks"."p1_clicksc0_p") as "p1_clicksc0"
    from (
      select distinct
        "base"."day_of_day",
        "base"."day_of_day" as "frame_last"
      from "base"
    ) as "k"
      left outer join "p1_clicks"
        on "p1_clicks"."source_period" <= "k"."frame_last"
    group by "k"."day_of_day"
  ),
  "w2_clicks" as materialized (
    select
      "k"."day_of_day" as "day_of_day",
      sum("p1_clicks"."p1_clicksc0_p") as "p1_clicksc0"
    from (
      select distinct
        "base"."day_of_day",
        "base"."day_of_day" as "frame_last",
        cast(
          date_trunc(
            'month',
            cast("base"."day_of_day" as timestamp)
          )
          as date
        ) as "frame_first"
      from "base"
    ) as "k"
      left outer join "p1_clicks"
        on (
          "p1_clicks"."source_period" >= "k"."frame_first"
          and "p1_clicks"."source_period" <= "k"."frame_last"
        )
    group by "k"."day_of_day"
  ),
  "result" as (
    select
      "base"."day" as "day",
      "base"."day_of_day" as "day_of_day",
      "w1_clicks"."p1_clicksc0" as "running_amount",
      "w2_clicks"."p1_clicksc0" as "amount_mtd"
    from "base"
      left outer join "w1_clicks"
        on (
          (("base"."day_of_day" is null) = ("w1_clicks"."day_of_day" is null))
          and (coalesce("base"."day_of_day", date '1970-01-01') = coalesce("w1_clicks"."day_of_day", date '1970-01-01'))
        )
      left outer join "w2_clicks"
        on (
          (("base"."day_of_day" is null) = ("w2_clicks"."day_of_day" is null))
          and (coalesce("base"."day_of_day", date '1970-01-01') = coalesce("w2_clicks"."day_of_day", date '1970-01-01'))
        )
  )
select "result"."day", "result"."running_amount", "result"."amount_mtd"
from "result"
order by
  "result"."day" asc nulls last,
  "result"."day_of_day" asc nulls last
-- bind values: []
