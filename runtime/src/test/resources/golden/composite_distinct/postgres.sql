with
  "scan_visits" as materialized (
    select
      "visits"."visited_on" as "visits__visited_on",
      "visits"."visit_id" as "visits__visit_id",
      "visits"."account_id" as "visits__account_id",
      "visits"."user_id" as "visits__user_id",
      "visits"."channel" as "visits__channel"
    from "port_members"."visits" as "visits"
  ),
  "g_visits_p" as (
    select
      cast(
        date_trunc(
          'week',
          cast("scan_visits"."visits__visited_on" as timestamp)
        )
        as date
      ) as "week",
      cast(
        date_trunc(
          'week',
          cast("scan_visits"."visits__visited_on" as timestamp)
        )
        as date
      ) as "week_of_week",
      "scan_visits"."visits__visit_id" as "k_visit_id",
      "scan_visits"."visits__account_id" as "l0_0",
      "scan_visits"."visits__user_id" as "l0_1",
      case
        when "scan_visits"."visits__channel" = 'web' then "scan_visits"."visits__account_id"
      end as "l1_0",
      case
        when "scan_visits"."visits__channel" = 'web' then "scan_visits"."visits__user_id"
      end as "l1_1"
    from "scan_visits"
    group by
      cast(
        date_trunc(
          'week',
          cast("scan_visits"."visits__visited_on" as timestamp)
        )
        as date
      ),
      cast(
        date_trunc(
          'week',
          cast("scan_visits"."visits__visited_on" as timestamp)
        )
        as date
      ),
      "scan_visits"."visits__visit_id",
      "scan_visits"."visits__account_id",
      "scan_visits"."visits__user_id",
      case
        when "scan_visits"."visits__channel" = 'web' then "scan_visits"."visits__account_id"
      end,
      case
        when "scan_visits"."visits__channel" = 'web' then "scan_visits"."visits__user_id"
      end
  ),
  "g_visits" as (
    select
      "g_visits_p"."week" as "week",
      "g_visits_p"."week_of_week" as "week_of_week",
      count(distinct ("g_visits_p"."l0_0", "g_visits_p"."l0_1")) filter (where (
        "g_visits_p"."l0_0" is not null
        and "g_visits_p"."l0_1" is not null
      )) as "c0",
      count(distinct ("g_visits_p"."l1_0", "g_visits_p"."l1_1")) filter (where (
        "g_visits_p"."l1_0" is not null
        and "g_visits_p"."l1_1" is not null
      )) as "c1"
    from "g_visits_p"
    group by "g_visits_p"."week", "g_visits_p"."week_of_week"
  ),
  "base" as (
    select
      "g_visits"."week" as "week",
      "g_visits"."week_of_week" as "week_of_week",
      "g_visits"."c0" as "c0",
      "g_visits"."c1" as "c1"
    from "g_visits"
  ),
  "p1_visits" as (
    select
      cast(
        date_trunc(
          'week',
          cast("scan_visits"."visits__visited_on" as timestamp)
        )
        as date
      ) as "source_period",
      "scan_visits"."visits__account_id" as "l0_0",
      "scan_visits"."visits__user_id" as "l0_1"
    from "scan_visits"
    group by
      cast(
        date_trunc(
          'week',
          cast("scan_visits"."visits__visited_on" as timestamp)
        )
        as date
      ),
      "scan_visits"."visits__account_id",
      "scan_visits"."visits__user_id"
  ),
  "w1_visits" as materialized (
    select
      "k"."week_of_week" as "week_of_week",
      count(distinct ("p1_visits"."l0_0", "p1_visits"."l0_1")) filter (where (
        "p1_visits"."l0_0" is not null
        and "p1_visits"."l0_1" is not null
      )) as "p1_visitsc0"
    from (
      select distinct
        "base"."week_of_week",
        "base"."week_of_week" as "frame_last",
        cast(
          (cast("base"."week_of_week" as timestamp) + cast('-14 days' as interval))
          as date
        ) as "frame_first"
      from "base"
    ) as "k"
      left outer join "p1_visits"
        on (
          "p1_visits"."source_period" > "k"."frame_first"
          and "p1_visits"."source_period" <= "k"."frame_last"
        )
    group by "k"."week_of_week"
  ),
  "result" as (
    select
      "base"."week" as "week",
      "base"."week_of_week" as "week_of_week",
      coalesce("base"."c0", 0) as "members",
      coalesce("base"."c1", 0) as "web_members",
      coalesce("w1_visits"."p1_visitsc0", 0) as "members_2w"
    from "base"
      left outer join "w1_visits"
        on (
          (("base"."week_of_week" is null) = ("w1_visits"."week_of_week" is null))
          and (coalesce("base"."week_of_week", date '1970-01-01') = coalesce("w1_visits"."week_of_week", date '1970-01-01'))
        )
  )
select "result"."week", "result"."members", "result"."web_members", "result"."members_2w"
from "result"
order by
  "result"."week" asc nulls last,
  "result"."week_of_week" asc nulls last
-- bind values: []
