with
  "scan_visits" as (
    select
      "visits"."visited_on" "visits__visited_on",
      "visits"."visit_id" "visits__visit_id",
      "visits"."account_id" "visits__account_id",
      "visits"."user_id" "visits__user_id",
      "visits"."channel" "visits__channel"
    from "port_members"."visits" "visits"
  ),
  "g_visits_p" as (
    select
      cast(
        date_trunc(
          'week',
          cast("scan_visits"."visits__visited_on" as timestamp(6))
        )
        as date
      ) "week",
      cast(
        date_trunc(
          'week',
          cast("scan_visits"."visits__visited_on" as timestamp(6))
        )
        as date
      ) "week_of_week",
      "scan_visits"."visits__visit_id" "k_visit_id",
      "scan_visits"."visits__account_id" "l0_0",
      "scan_visits"."visits__user_id" "l0_1",
      case
        when "scan_visits"."visits__channel" = 'web' then "scan_visits"."visits__account_id"
      end "l1_0",
      case
        when "scan_visits"."visits__channel" = 'web' then "scan_visits"."visits__user_id"
      end "l1_1"
    from "scan_visits"
    group by
      cast(
        date_trunc(
          'week',
          cast("scan_visits"."visits__visited_on" as timestamp(6))
        )
        as date
      ),
      cast(
        date_trunc(
          'week',
          cast("scan_visits"."visits__visited_on" as timestamp(6))
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
      "g_visits_p"."week" "week",
      "g_visits_p"."week_of_week" "week_of_week",
      count(distinct row("g_visits_p"."l0_0", "g_visits_p"."l0_1")) filter (where (
        "g_visits_p"."l0_0" is not null
        and "g_visits_p"."l0_1" is not null
      )) "c0",
      count(distinct row("g_visits_p"."l1_0", "g_visits_p"."l1_1")) filter (where (
        "g_visits_p"."l1_0" is not null
        and "g_visits_p"."l1_1" is not null
      )) "c1"
    from "g_visits_p"
    group by "g_visits_p"."week", "g_visits_p"."week_of_week"
  ),
  "base" as (
    select
      "g_visits"."week" "week",
      "g_visits"."week_of_week" "week_of_week",
      "g_visits"."c0" "c0",
      "g_visits"."c1" "c1"
    from "g_visits"
  ),
  "p1_visits" as (
    select
      cast(
        date_trunc(
          'week',
          cast("scan_visits"."visits__visited_on" as timestamp(6))
        )
        as date
      ) "source_period",
      "scan_visits"."visits__account_id" "l0_0",
      "scan_visits"."visits__user_id" "l0_1"
    from "scan_visits"
    group by
      cast(
        date_trunc(
          'week',
          cast("scan_visits"."visits__visited_on" as timestamp(6))
        )
        as date
      ),
      "scan_visits"."visits__account_id",
      "scan_visits"."visits__user_id"
  ),
  "shared_w1_visits" as (
    select
      "f"."c" "week_of_week",
      count(distinct row("p1_visits"."l0_0", "p1_visits"."l0_1")) filter (where (
        "p1_visits"."l0_0" is not null
        and "p1_visits"."l0_1" is not null
        and "p1_visits"."source_period" > date_add(
          'day',
          -14,
          cast("f"."c" as date)
        )
        and "p1_visits"."source_period" <= "f"."c"
      )) "w1_visits_p1_visitsc0"
    from "p1_visits"
      cross join unnest(sequence("p1_visits"."source_period", date_add(
        'day',
        7,
        cast("p1_visits"."source_period" as date)
      ), interval '7' day)) "f" ("c")
    group by "f"."c"
  ),
  "result" as (
    select
      "base"."week" "week",
      "base"."week_of_week" "week_of_week",
      coalesce("base"."c0", 0) "members",
      coalesce("base"."c1", 0) "web_members",
      coalesce("shared_w1_visits"."w1_visits_p1_visitsc0", 0) "members_2w"
    from "base"
      left outer join "shared_w1_visits"
        on (
          (("base"."week_of_week" is null) = ("shared_w1_visits"."week_of_week" is null))
          and (coalesce("base"."week_of_week", date '1970-01-01') = coalesce("shared_w1_visits"."week_of_week", date '1970-01-01'))
        )
  )
select "result"."week", "result"."members", "result"."web_members", "result"."members_2w"
from "result"
order by
  "result"."week" asc nulls last,
  "result"."week_of_week" asc nulls last
-- bind values: []
