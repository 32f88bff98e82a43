with
  "scan_clicks" as (
    select
      timezone(
        ?,
        timezone('UTC', "clicks"."clicked_at")
      ) as "clicks__clicked_at__local",
      "clicks"."amount" as "clicks__amount"
    from "ts_clicks"."clicks" as "clicks"
  ),
  "g_clicks" as (
    select
      cast(
        date_trunc(
          'month',
          cast("scan_clicks"."clicks__clicked_at__local" as timestamp)
        )
        as date
      ) as "month",
      sum("scan_clicks"."clicks__amount") as "c0"
    from "scan_clicks"
    group by cast(
      date_trunc(
        'month',
        cast("scan_clicks"."clicks__clicked_at__local" as timestamp)
      )
      as date
    )
  ),
  "result" as (
    select
      "g_clicks"."month" as "month",
      "g_clicks"."c0" as "amount"
    from "g_clicks"
  )
select "result"."month", "result"."amount"
from "result"
order by "result"."month" asc nulls last
-- bind values: [America/New_York]
