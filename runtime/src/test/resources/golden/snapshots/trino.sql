with
  "scan_stock" as (
    select
      "date_counted"."month" "date_counted__month",
      "product"."category" "product__category",
      "date_counted"."date_value" "date_counted__date_value",
      "stock_counts"."product_id" "stock_counts__product_id",
      "stock_counts"."units" "stock_counts__units",
      "date_counted"."date_id" "date_counted__date_id",
      "product"."product_id" "product__product_id"
    from "golden"."stock_counts" "stock_counts"
      left outer join "golden"."dates" "date_counted"
        on "stock_counts"."count_date" = "date_counted"."date_id"
      left outer join "golden"."products" "product"
        on "stock_counts"."product_id" = "product"."product_id"
  ),
  "g_stock_s_t" as (
    select
      "scan_stock"."date_counted__month" "month",
      "scan_stock"."product__category" "category",
      "scan_stock"."stock_counts__product_id" "e0",
      cast("scan_stock"."date_counted__date_value" as date) "t",
      max("scan_stock"."stock_counts__units") "c0",
      max("scan_stock"."stock_counts__units") "c1"
    from "scan_stock"
    group by
      "scan_stock"."date_counted__month",
      "scan_stock"."product__category",
      "scan_stock"."stock_counts__product_id",
      cast("scan_stock"."date_counted__date_value" as date)
  ),
  "g_stock_s_e" as (
    select
      "g_stock_s_t"."month" "month",
      "g_stock_s_t"."category" "category",
      "g_stock_s_t"."e0" "e0",
      element_at(array_agg("g_stock_s_t"."c0" order by case
        when "g_stock_s_t"."c0" is not null then "g_stock_s_t"."t"
      end desc, "g_stock_s_t"."c0" desc nulls last) filter (where (case
        when "g_stock_s_t"."c0" is not null then "g_stock_s_t"."t"
      end is not null)), 1) "c0",
      avg("g_stock_s_t"."c1") "c1"
    from "g_stock_s_t"
    group by "g_stock_s_t"."month", "g_stock_s_t"."category", "g_stock_s_t"."e0"
  ),
  "g_stock_s" as (
    select
      "g_stock_s_e"."month" "month",
      "g_stock_s_e"."category" "category",
      sum("g_stock_s_e"."c0") "c0",
      sum("g_stock_s_e"."c1") "c1"
    from "g_stock_s_e"
    group by "g_stock_s_e"."month", "g_stock_s_e"."category"
  ),
  "g_stock_s_2_t" as (
    select
      "scan_stock"."date_counted__month" "month",
      "scan_stock"."product__category" "category",
      cast("scan_stock"."date_counted__date_value" as date) "t",
      sum("scan_stock"."stock_counts__units") "c2"
    from "scan_stock"
    group by
      "scan_stock"."date_counted__month",
      "scan_stock"."product__category",
      cast("scan_stock"."date_counted__date_value" as date)
  ),
  "g_stock_s_2" as (
    select
      "g_stock_s_2_t"."month" "month",
      "g_stock_s_2_t"."category" "category",
      element_at(array_agg("g_stock_s_2_t"."c2" order by case
        when "g_stock_s_2_t"."c2" is not null then "g_stock_s_2_t"."t"
      end desc, "g_stock_s_2_t"."c2" desc nulls last) filter (where (case
        when "g_stock_s_2_t"."c2" is not null then "g_stock_s_2_t"."t"
      end is not null)), 1) "c2"
    from "g_stock_s_2_t"
    group by "g_stock_s_2_t"."month", "g_stock_s_2_t"."category"
  ),
  "g_orders_pre" as (
    select
      "orders"."order_date" "key_orders_order_date",
      "orders"."product_id" "key_orders_product_id",
      sum("orders"."amount") "c3_p"
    from "golden"."orders" "orders"
    where true
    group by "orders"."order_date", "orders"."product_id"
  ),
  "g_orders" as (
    select
      "date"."month" "month",
      "product"."category" "category",
      sum("g_orders_pre"."c3_p") "c3"
    from "g_orders_pre"
      left outer join "golden"."dates" "date"
        on "g_orders_pre"."key_orders_order_date" = "date"."date_id"
      left outer join "golden"."products" "product"
        on "g_orders_pre"."key_orders_product_id" = "product"."product_id"
    group by "date"."month", "product"."category"
  ),
  "result" as (
    select
      coalesce("g_stock_s"."month", "g_stock_s_2"."month", "g_orders"."month") "month",
      coalesce("g_stock_s"."category", "g_stock_s_2"."category", "g_orders"."category") "category",
      "g_stock_s"."c0" "on_hand",
      cast("g_stock_s"."c1" as double) "average_on_hand",
      "g_stock_s_2"."c2" "last_day_total",
      cast("g_orders"."c3" as double) "revenue"
    from "g_stock_s"
      full outer join "g_stock_s_2"
        on (
          (("g_stock_s"."month" is null) = ("g_stock_s_2"."month" is null))
          and (coalesce("g_stock_s"."month", 0) = coalesce("g_stock_s_2"."month", 0))
          and (("g_stock_s"."category" is null) = ("g_stock_s_2"."category" is null))
          and (coalesce("g_stock_s"."category", '') = coalesce("g_stock_s_2"."category", ''))
        )
      full outer join "g_orders"
        on (
          ((coalesce("g_stock_s"."month", "g_stock_s_2"."month") is null) = ("g_orders"."month" is null))
          and (coalesce(coalesce("g_stock_s"."month", "g_stock_s_2"."month"), 0) = coalesce("g_orders"."month", 0))
          and ((coalesce("g_stock_s"."category", "g_stock_s_2"."category") is null) = ("g_orders"."category" is null))
          and (coalesce(coalesce("g_stock_s"."category", "g_stock_s_2"."category"), '') = coalesce("g_orders"."category", ''))
        )
  )
select
  "result"."month",
  "result"."category",
  "result"."on_hand",
  "result"."average_on_hand",
  "result"."last_day_total",
  "result"."revenue"
from "result"
order by
  "result"."month" asc nulls last,
  "result"."category" asc nulls last
-- bind values: []
