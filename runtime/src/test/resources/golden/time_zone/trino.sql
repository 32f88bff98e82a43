with
  "scan_clicks" as (
    select
      cast(
        at_timezone(
          with_timezone("clicks"."clicked_at", 'UTC'),
          ?
        )
        as timestamp(6)
      ) "clicks__clicked_at__local",
      "clicks"."amount" "clicks__amount"
    from "ts_clicks"."clicks" "clicks"
  ),
  "g_clicks" as (
    select
      cast(
        date_trunc(
          'month',
          cast("scan_clicks"."clicks__clicked_at__local" as timestamp(6))
        )
        as date
      ) "month",
      sum("scan_clicks"."clicks__amount") "c0"
    from "scan_clicks"
    group by cast(
      date_trunc(
        'month',
        cast("scan_clicks"."clicks__clicked_at__local" as timestamp(6))
      )
      as date
    )
  ),
  "result" as (
    select
      "g_clicks"."month" "month",
      "g_clicks"."c0" "amount"
    from "g_clicks"
  )
select "result"."month", "result"."amount"
from "result"
order by "result"."month" asc nulls last
-- bind values: [America/New_York]
