with
  "g_visits_k" as (
    select
      cast(
        date_trunc(
          'week',
          cast("visits"."visited_on" as timestamp)
        )
        as date
      ) as "week",
      "visits"."account_id" as "k0",
      "visits"."user_id" as "k1",
      bool_or(("visits"."channel" = 'web')) as "c1"
    from "port_members"."visits" as "visits"
    group by
      cast(
        date_trunc(
          'week',
          cast("visits"."visited_on" as timestamp)
        )
        as date
      ),
      "visits"."account_id",
      "visits"."user_id"
  ),
  "g_visits" as (
    select
      "g_visits_k"."week" as "week",
      count(*) filter (where (
        "g_visits_k"."k0" is not null
        and "g_visits_k"."k1" is not null
      )) as "c0",
      count(*) filter (where (
        "g_visits_k"."k0" is not null
        and "g_visits_k"."k1" is not null
        and "g_visits_k"."c1"
      )) as "c1"
    from "g_visits_k"
    group by "g_visits_k"."week"
  ),
  "result" as (
    select
      "g_visits"."week" as "week",
      coalesce("g_visits"."c0", 0) as "members",
      coalesce("g_visits"."c1", 0) as "web_members"
    from "g_visits"
  )
select "result"."week", "result"."members", "result"."web_members"
from "result"
order by "result"."week" asc nulls last
-- bind values: []
