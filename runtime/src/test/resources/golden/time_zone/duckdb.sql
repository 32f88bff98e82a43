with
  "scan_clicks" as (
    select
      timezone(
        cast(? as varchar),
        timezone('UTC', "clicks"."clicked_at")
      ) "clicks__clicked_at__local",
      "clicks"."amount" "clicks__amount"
    from "ts_clicks"."clicks" "clicks"
  ),
  "g_clicks" as (
    select
      cast(
        date_trunc(
          'month',
          cast("scan_clicks"."clicks__clicked_at__local" as timestamp without time zone)
        )
        as date
      ) "month",
      sum("scan_clicks"."clicks__amount") "c0"
    from "scan_clicks"
    group by cast(
      date_trunc(
        'month',
        cast("scan_clicks"."clicks__clicked_at__local" as timestamp without time zone)
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
