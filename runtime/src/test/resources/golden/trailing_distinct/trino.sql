with
  "scan_clicks" as (
    select
      "clicks"."clicked_at" "clicks__clicked_at",
      "clicks"."category" "clicks__category",
      "clicks"."user_id" "clicks__user_id"
    from "ts_clicks"."clicks" "clicks"
  ),
  "g_clicks" as (
    select
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at" as timestamp(6))
        )
        as date
      ) "week",
      "scan_clicks"."clicks__category" "category",
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at" as timestamp(6))
        )
        as date
      ) "week_of_week",
      count(distinct "scan_clicks"."clicks__user_id") "c0"
    from "scan_clicks"
    group by
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at" as timestamp(6))
        )
        as date
      ),
      "scan_clicks"."clicks__category",
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at" as timestamp(6))
        )
        as date
      )
  ),
  "base" as (
    select
      "g_clicks"."week" "week",
      "g_clicks"."category" "category",
      "g_clicks"."week_of_week" "week_of_week",
      "g_clicks"."c0" "c0"
    from "g_clicks"
  ),
  "p1_clicks" as (
    select
      "scan_clicks"."clicks__category" "category",
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at" as timestamp(6))
        )
        as date
      ) "source_period",
      "scan_clicks"."clicks__user_id" "l0"
    from "scan_clicks"
    group by
      "scan_clicks"."clicks__category",
      cast(
        date_trunc(
          'week',
          cast("scan_clicks"."clicks__clicked_at" as timestamp(6))
        )
        as date
      ),
      "scan_clicks"."clicks__user_id"
  ),
  "shared_w1_clicks" as (
    select
      "p1_clicks"."category" "category",
      "f"."c" "week_of_week",
      count(distinct "p1_clicks"."l0") filter (where (
        "p1_clicks"."source_period" > date_add(
          'day',
          -14,
          cast("f"."c" as date)
        )
        and "p1_clicks"."source_period" <= "f"."c"
      )) "w1_clicks_p1_clicksc0"
    from "p1_clicks"
      cross join unnest(sequence("p1_clicks"."source_period", date_add(
        'day',
        7,
        cast("p1_clicks"."source_period" as date)
      ), interval '7' day)) "f" ("c")
    group by "p1_clicks"."category", "f"."c"
  ),
  "result" as (
    select
      "base"."week" "week",
      "base"."category" "category",
      "base"."week_of_week" "week_of_week",
      coalesce("shared_w1_clicks"."w1_clicks_p1_clicksc0", 0) "users_2w"
    from "base"
      left outer join "shared_w1_clicks"
        on (
          (("base"."category" is null) = ("shared_w1_clicks"."category" is null))
          and (coalesce("base"."category", '') = coalesce("shared_w1_clicks"."category", ''))
          and (("base"."week_of_week" is null) = ("shared_w1_clicks"."week_of_week" is null))
          and (coalesce("base"."week_of_week", date '1970-01-01') = coalesce("shared_w1_clicks"."week_of_week", date '1970-01-01'))
        )
  )
select "result"."week", "result"."category", "result"."users_2w"
from "result"
order by
  "result"."week" asc nulls last,
  "result"."category" asc nulls last,
  "result"."week_of_week" asc nulls last
-- bind values: []
