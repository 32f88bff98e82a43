with
  "scan_clicks" as materialized (
    select
      "clicks"."clicked_at" as "clicks__clicked_at",
      "clicks"."category" as "clicks__category",
      "clicks"."user_id" as "clicks__user_id"
    from "ts_clicks"."clicks" as "clicks"
  ),
  "g_clicks" as (
    select
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at" as timestamp)
        )
        as date
      ) as "week",
      "scan_clicks"."clicks__category" as "category",
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at" as timestamp)
        )
        as date
      ) as "week_of_week",
      count(distinct "scan_clicks"."clicks__user_id") as "c0"
    from "scan_clicks"
    group by
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at" as timestamp)
        )
        as date
      ),
      "scan_clicks"."clicks__category",
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at" as timestamp)
        )
        as date
      )
  ),
  "base" as (
    select
      "g_clicks"."week" as "week",
      "g_clicks"."category" as "category",
      "g_clicks"."week_of_week" as "week_of_week",
      "g_clicks"."c0" as "c0"
    from "g_clicks"
  ),
  "p1_clicks" as (
    select
      "scan_clicks"."clicks__category" as "category",
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at" as timestamp)
        )
        as date
      ) as "source_period",
      "scan_clicks"."clicks__user_id" as "l0"
    from "scan_clicks"
    group by
      "scan_clicks"."clicks__category",
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at" as timestamp)
        )
        as date
      ),
      "scan_clicks"."clicks__user_id"
  ),
  "w1_clicks" as materialized (
    select
      "k"."category" as "category",
      "k"."week_of_week" as "week_of_week",
      count(distinct "p1_clicks"."l0") as "p1_clicksc0"
    from (
      select distinct
        "base"."category",
        "base"."week_of_week",
        "base"."week_of_week" as "frame_last",
        cast(
          (cast("base"."week_of_week" as timestamp) + cast('-14 days' as interval))
          as date
        ) as "frame_first"
      from "base"
    ) as "k"
      left outer join "p1_clicks"
        on (
          (("k"."category" is null) = ("p1_clicks"."category" is null))
          and (coalesce("k"."category", '') = coalesce("p1_clicks"."category", ''))
          and "p1_clicks"."source_period" > "k"."frame_first"
          and "p1_clicks"."source_period" <= "k"."frame_last"
        )
    group by "k"."category", "k"."week_of_week"
  ),
  "result" as (
    select
      "base"."week" as "week",
      "base"."category" as "category",
      "base"."week_of_week" as "week_of_week",
      coalesce("w1_clicks"."p1_clicksc0", 0) as "users_2w"
    from "base"
      left outer join "w1_clicks"
        on (
          (("base"."category" is null) = ("w1_clicks"."category" is null))
          and (coalesce("base"."category", '') = coalesce("w1_clicks"."category", ''))
          and (("base"."week_of_week" is null) = ("w1_clicks"."week_of_week" is null))
          and (coalesce("base"."week_of_week", date '1970-01-01') = coalesce("w1_clicks"."week_of_week", date '1970-01-01'))
        )
  )
select "result"."week", "result"."category", "result"."users_2w"
from "result"
order by
  "result"."week" asc nulls last,
  "result"."category" asc nulls last,
  "result"."week_of_week" asc nulls last
-- bind values: []
