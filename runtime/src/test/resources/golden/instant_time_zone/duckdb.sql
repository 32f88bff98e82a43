with
  "scan_events" as (
    select
      timezone(cast(? as varchar), "events"."occurred_at") "events__occurred_at__local",
      timezone('UTC', "events"."occurred_at") "events__occurred_at"
    from "port_instants"."events" "events"
  ),
  "g_events" as (
    select
      cast("scan_events"."events__occurred_at__local" as date) "day",
      count(*) "c0",
      max("scan_events"."events__occurred_at") "c1"
    from "scan_events"
    group by cast("scan_events"."events__occurred_at__local" as date)
  ),
  "result" as (
    select
      "g_events"."day" "day",
      coalesce("g_events"."c0", 0) "event_count",
      "g_events"."c1" "last_at"
    from "g_events"
  )
select "result"."day", "result"."event_count", "result"."last_at"
from "result"
order by "result"."day" asc nulls last
-- bind values: [America/New_York]
