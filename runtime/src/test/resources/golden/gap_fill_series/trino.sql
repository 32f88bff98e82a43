with
  "scan_clicks" as (
    select
      "clicks"."clicked_at" "clicks__clicked_at",
      "clicks"."category" "clicks__category",
      "clicks"."amount" "clicks__amount",
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
      sum("scan_clicks"."clicks__amount") "c0",
      count(distinct "scan_clicks"."clicks__user_id") "c1"
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
  "base_rows" as (
    select
      "g_clicks"."week" "week",
      "g_clicks"."category" "category",
      "g_clicks"."week_of_week" "week_of_week",
      "g_clicks"."c0" "c0",
      "g_clicks"."c1" "c1",
      1 "present"
    from "g_clicks"
  ),
  "spine" as (
    select distinct
      cast(
        date_trunc(
          'week',
          cast("series"."d" as timestamp(6))
        )
        as date
      ) "week",
      cast(
        date_trunc(
          'week',
          cast("series"."d" as timestamp(6))
        )
        as date
      ) "week_of_week"
    from (
      select cast("g"."s" as date) "d"
      from (select periods.s from unnest(sequence(cast(
        cast(
          date_trunc(
            'week',
            cast(? as timestamp(6))
          )
          as date
        )
        as date
      ), greatest(
        cast(
          cast(
            date_trunc(
              'week',
              cast(? as timestamp(6))
            )
            as date
          )
          as date
        ),
        cast(? as date)
      ), interval '70000' day)) chunks(c) cross join unnest(sequence(chunks.c, least(date_add('day', 69993, chunks.c), greatest(
        cast(
          cast(
            date_trunc(
              'week',
              cast(? as timestamp(6))
            )
            as date
          )
          as date
        ),
        cast(? as date)
      )), interval '7' day)) periods(s)) "g" ("s")
    ) "series"
    where (
      cast(
        date_trunc(
          'week',
          cast("series"."d" as timestamp(6))
        )
        as date
      ) >= cast(
        date_trunc(
          'week',
          cast(? as timestamp(6))
        )
        as date
      )
      and cast(
        date_trunc(
          'week',
          cast("series"."d" as timestamp(6))
        )
        as date
      ) <= ?
    )
  ),
  "base" as (
    select
      coalesce("grid"."category", "base_rows"."category") "category",
      coalesce("grid"."week", "base_rows"."week") "week",
      coalesce("grid"."week_of_week", "base_rows"."week_of_week") "week_of_week",
      case
        when "base_rows"."present" is null then cast(0 as bigint)
        else "base_rows"."c0"
      end "c0",
      case
        when "base_rows"."present" is null then cast(0 as bigint)
        else "base_rows"."c1"
      end "c1"
    from (
      select *
      from "spine"
        cross join (
          select distinct "base_rows"."category"
          from "base_rows"
        ) "others"
    ) "grid"
      full outer join "base_rows"
        on (
          (("grid"."category" is null) = ("base_rows"."category" is null))
          and (coalesce("grid"."category", '') = coalesce("base_rows"."category", ''))
          and (("grid"."week" is null) = ("base_rows"."week" is null))
          and (coalesce("grid"."week", date '1970-01-01') = coalesce("base_rows"."week", date '1970-01-01'))
          and (("grid"."week_of_week" is null) = ("base_rows"."week_of_week" is null))
          and (coalesce("grid"."week_of_week", date '1970-01-01') = coalesce("base_rows"."week_of_week", date '1970-01-01'))
        )
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
      "base"."c0" "amount",
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
select "result"."week", "result"."category", "result"."amount", "result"."users_2w"
from "result"
order by
  "result"."week" asc nulls last,
  "result"."category" asc nulls last,
  "result"."week_of_week" asc nulls last
-- bind values: [2023-12-18, 2023-12-18, 2024-01-29, 2023-12-18, 2024-01-29, 2023-12-18, 2024-01-29]
