with
  "g_events_pre" as (
    select
      cast(
        date_trunc(
          'week',
          cast(
            ("events"."occurred_at" at time zone 'UTC')
            as timestamp
          )
        )
        as date
      ) as "week",
      "events"."user_id" as "key_events_user_id",
      count(*) as "c0_n",
      max(("events"."occurred_at" at time zone 'UTC')) as "c1_p"
    from "port_instants"."events" as "events"
    where true
    group by
      cast(
        date_trunc(
          'week',
          cast(
            ("events"."occurred_at" at time zone 'UTC')
            as timestamp
          )
        )
        as date
      ),
      "events"."user_id"
  ),
  "g_events" as (
    select
      "g_events_pre"."week" as "week",
      cast(
        date_trunc(
          'week',
          cast(
            ("user"."signed_up_at" at time zone 'UTC')
            as timestamp
          )
        )
        as date
      ) as "signup_week",
      sum("g_events_pre"."c0_n") as "c0",
      max("g_events_pre"."c1_p") as "c1"
    from "g_events_pre"
      left outer join "port_instants"."users" as "user"
        on "g_events_pre"."key_events_user_id" = "user"."user_id"
    group by
      "g_events_pre"."week",
      cast(
        date_trunc(
          'week',
          cast(
            ("user"."signed_up_at" at time zone 'UTC')
            as timestamp
          )
        )
        as date
      )
  ),
  "result" as (
    select
      "g_events"."week" as "week",
      "g_events"."signup_week" as "signup_week",
      coalesce("g_events"."c0", 0) as "event_count",
      "g_events"."c1" as "last_at"
    from "g_events"
  )
select "result"."week", "result"."signup_week", "result"."event_count", "result"."last_at"
from "result"
order by
  "result"."week" asc nulls last,
  "result"."signup_week" asc nulls last
-- bind values: []
