with
  "scan_stock" as materialized (
    select
      "date_counted"."month" as "date_counted__month",
      "product"."category" as "product__category",
      "date_counted"."date_value" as "date_counted__date_value",
      "stock_counts"."product_id" as "stock_counts__product_id",
      "stock_counts"."units" as "stock_counts__units",
      "date_counted"."date_id" as "date_counted__date_id",
      "product"."product_id" as "product__product_id"
    from "golden"."stock_counts" as "stock_counts"
      left outer join "golden"."dates" as "date_counted"
        on "stock_counts"."count_date" = "date_counted"."date_id"
      left outer join "golden"."products" as "product"
        on "stock_counts"."product_id" = "product"."product_id"
  ),
  "g_stock_s_t" as (
    select
      "scan_stock"."date_counted__month" as "month",
      "scan_stock"."product__category" as "category",
      "scan_stock"."stock_counts__product_id" as "e0",
      cast("scan_stock"."date_counted__date_value" as date) as "t",
      max("scan_stock"."stock_counts__units") as "c0",
      max("scan_stock"."stock_counts__units") as "c1"
    from "scan_stock"
    group by
      "scan_stock"."date_counted__month",
      "scan_stock"."product__category",
      "scan_stock"."stock_counts__product_id",
      cast("scan_stock"."date_counted__date_value" as date)
  ),
  "g_stock_s_e" as (
    select
      "g_stock_s_t"."month" as "month",
      "g_stock_s_t"."category" as "category",
      "g_stock_s_t"."e0" as "e0",
      (array_agg("g_stock_s_t"."c0" order by case
        when "g_stock_s_t"."c0" is not null then "g_stock_s_t"."t"
      end desc, "g_stock_s_t"."c0" desc nulls last) filter (where (case
        when "g_stock_s_t"."c0" is not null then "g_stock_s_t"."t"
      end is not null)))[1] as "c0",
      avg("g_stock_s_t"."c1") as "c1"
    from "g_stock_s_t"
    group by "g_stock_s_t"."month", "g_stock_s_t"."category", "g_stock_s_t"."e0"
  ),
  "g_stock_s" as (
    select
      "g_stock_s_e"."month" as "month",
      "g_stock_s_e"."category" as "category",
      sum("g_stock_s_e"."c0") as "c0",
      sum("g_stock_s_e"."c1") as "c1"
    from "g_stock_s_e"
    group by "g_stock_s_e"."month", "g_stock_s_e"."category"
  ),
  "g_stock_s_2_t" as (
    select
      "scan_stock"."date_counted__month" as "month",
      "scan_stock"."product__category" as "category",
      cast("scan_stock"."date_counted__date_value" as date) as "t",
      sum("scan_stock"."stock_counts__units") as "c2"
    from "scan_stock"
    group by
      "scan_stock"."date_counted__month",
      "scan_stock"."product__category",
      cast("scan_stock"."date_counted__date_value" as date)
  ),
  "g_stock_s_2" as (
    select
      "g_stock_s_2_t"."month" as "month",
      "g_stock_s_2_t"."category" as "category",
      (array_agg("g_stock_s_2_t"."c2" order by case
        when "g_stock_s_2_t"."c2" is not null then "g_stock_s_2_t"."t"
      end desc, "g_stock_s_2_t"."c2" desc nulls last) filter (where (case
        when "g_stock_s_2_t"."c2" is not null then "g_stock_s_2_t"."t"
      end is not null)))[1] as "c2"
    from "g_stock_s_2_t"
    group by "g_stock_s_2_t"."month", "g_stock_s_2_t"."category"
  ),
  "g_orders_pre" as (
    select
      "orders"."order_date" as "key_orders_order_date",
      "orders"."product_id" as "key_orders_product_id",
      sum("orders"."amount") as "c3_p"
    from "golden"."orders" as "orders"
    where true
    group by "orders"."order_date", "orders"."product_id"
  ),
  "g_orders" as (
    select
      "date"."month" as "month",
      "product"."category" as "category",
      sum("g_orders_pre"."c3_p") as "c3"
    from "g_orders_pre"
      left outer join "golden"."dates" as "date"
        on "g_orders_pre"."key_orders_order_date" = "date"."date_id"
      left outer join "golden"."products" as "product"
        on "g_orders_pre"."key_orders_product_id" = "product"."product_id"
    group by "date"."month", "product"."category"
  ),
  "result" as (
    select
      coalesce("g_stock_s"."month", "g_stock_s_2"."month", "g_orders"."month") as "month",
      coalesce("g_stock_s"."category", "g_stock_s_2"."category", "g_orders"."category") as "category",
      "g_stock_s"."c0" as "on_hand",
      cast("g_stock_s"."c1" as double precision) as "average_on_hand",
      "g_stock_s_2"."c2" as "last_day_total",
      cast("g_orders"."c3" as double precision) as "revenue"
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
