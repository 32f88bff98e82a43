WITH daily AS (
  SELECT o.order_date AS date_id, SUM(oi.quantity * oi.unit_price) AS revenue
  FROM {s}.orders o
  JOIN {s}.order_items oi ON oi.order_id = o.order_id
  GROUP BY o.order_date
),
windowed AS (
  SELECT d.date_id,
         daily.date_id IS NOT NULL AS has_orders,
         SUM(daily.revenue) OVER (ORDER BY d.date_value ROWS BETWEEN 27 PRECEDING AND CURRENT ROW)
             AS trailing_28d_revenue
  FROM {s}.dates d
  LEFT JOIN daily ON daily.date_id = d.date_id
)
SELECT date_id, trailing_28d_revenue
FROM windowed
WHERE has_orders
ORDER BY date_id
