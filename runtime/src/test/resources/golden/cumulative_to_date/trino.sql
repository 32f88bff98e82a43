with
  "g_clicks" as (
    select
      cast("clicks"."clicked_at" as date) "day",
      cast("clicks"."clicked_at" as date) "day_of_day",
      sum("clicks"."amount") "c0"
    from "ts_clicks"."clicks" "clicks"
    group by
      cast("clicks"."clicked_at" as date),
      cast("clicks"."clicked_at" as date)
  ),
  "base" as (
    select
      "g_clicks"."day" "day",
      "g_clicks"."day_of_day" "day_of_day",
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
  "w1_clicks" as (
    select
      "k"."day_of_day" "day_of_day",
      sum("p1_clicks"."p1_clicksc0_p") "p1_clicksc0"
    from (
      select distinct
        "base"."day_of_day",
        "base"."day_of_day" "frame_last"
      from "base"
    ) "k"
      left outer join "p1_clicks"
        on "p1_clicks"."source_period" <= "k"."frame_last"
    group by "k"."day_of_day"
  ),
  "shared_w2_clicks" as (
    select
      "f"."c" "day_of_day",
      sum("p1_clicks"."p1_clicksc0_p") filter (where (
        "p1_clicks"."source_period" >= cast(
          date_trunc(
            'month',
            cast("f"."c" as timestamp(6))
          )
          as date
        )
        and "p1_clicks"."source_period" <= "f"."c"
      )) "w2_clicks_p1_clicksc0"
    from "p1_clicks"
      cross join unnest(sequence("p1_clicks"."source_period", date_add(
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
                  cast("p1_clicks"."source_period" as timestamp(6))
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
      "base"."day" "day",
      "base"."day_of_day" "day_of_day",
      "w1_clicks"."p1_clicksc0" "running_amount",
      "shared_w2_clicks"."w2_clicks_p1_clicksc0" "amount_mtd"
    from "base"
      left outer join "w1_clicks"
        on (
          (("base"."day_of_day" is null) = ("w1_clicks"."day_of_day" is null))
          and (coalesce("base"."day_of_day", date '1970-01-01') = coalesce("w1_clicks"."day_of_day", date '1970-01-01'))
        )
      left outer join "shared_w2_clicks"
        on (
          (("base"."day_of_day" is null) = ("shared_w2_clicks"."day_of_day" is null))
          and (coalesce("base"."day_of_day", date '1970-01-01') = coalesce("shared_w2_clicks"."day_of_day", date '1970-01-01'))
        )
  )
select "result"."day", "result"."running_amount", "result"."amount_mtd"
from "result"
order by
  "result"."day" asc nulls last,
  "result"."day_of_day" asc nulls last
-- bind values: []
