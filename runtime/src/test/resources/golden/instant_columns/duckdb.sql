with
  "g_events_pre" as (
    select
      cast(
        date_trunc(
          'week',
          cast(
            timezone('UTC', "events"."occurred_at")
            as timestamp without time zone
          )
        )
        as date
      ) "week",
      "events"."user_id" "key_events_user_id",
      count(*) "c0_n",
      max(timezone('UTC', "events"."occurred_at")) "c1_p"
    from "port_instants"."events" "events"
    where true
    group by
      cast(
        date_trunc(
          'week',
          cast(
            timezone('UTC', "events"."occurred_at")
            as timestamp without time zone
          )
        )
        as date
      ),
      "events"."user_id"
  ),
  "g_events" as (
    select
      "g_events_pre"."week" "week",
      cast(
        date_trunc(
          'week',
          cast(
            timezone('UTC', "user"."signed_up_at")
            as timestamp without time zone
          )
        )
        as date
      ) "signup_week",
      sum("g_events_pre"."c0_n") "c0",
      max("g_events_pre"."c1_p") "c1"
    from "g_events_pre"
      left outer join "port_instants"."users" "user"
        on "g_events_pre"."key_events_user_id" = "user"."user_id"
    group by
      "g_events_pre"."week",
      cast(
        date_trunc(
          'week',
          cast(
            timezone('UTC', "user"."signed_up_at")
            as timestamp without time zone
          )
        )
        as date
      )
  ),
  "result" as (
    select
      "g_events"."week" "week",
      "g_events"."signup_week" "signup_week",
      coalesce("g_events"."c0", 0) "event_count",
      "g_events"."c1" "last_at"
    from "g_events"
  )
select "result"."week", "result"."signup_week", "result"."event_count", "result"."last_at"
from "result"
order by
  "result"."week" asc nulls last,
  "result"."signup_week" asc nulls last
-- bind values: []
