with
  "scan_events" as (
    select
      timezone(?, "events"."occurred_at") as "events__occurred_at__local",
      ("events"."occurred_at" at time zone 'UTC') as "events__occurred_at"
    from "port_instants"."events" as "events"
  ),
  "g_events" as (
    select
      cast("scan_events"."events__occurred_at__local" as date) as "day",
      count(*) as "c0",
      max("scan_events"."events__occurred_at") as "c1"
    from "scan_events"
    group by cast("scan_events"."events__occurred_at__local" as date)
  ),
  "result" as (
    select
      "g_events"."day" as "day",
      coalesce("g_events"."c0", 0) as "event_count",
      "g_events"."c1" as "last_at"
    from "g_events"
  )
select "result"."day", "result"."event_count", "result"."last_at"
from "result"
order by "result"."day" asc nulls last
-- bind values: [America/New_York]
