with
  "scan_stock" as (
    select
      "date_counted"."date_id" "date_counted__date_id",
      "date_counted"."date_value" "date_counted__date_value",
      "stock_counts"."product_id" "stock_counts__product_id",
      "stock_counts"."units" "stock_counts__units",
      "product"."product_id" "product__product_id"
    from "golden"."stock_counts" "stock_counts"
      left outer join "golden"."dates" "date_counted"
        on "stock_counts"."count_date" = "date_counted"."date_id"
      left outer join "golden"."products" "product"
        on "stock_counts"."product_id" = "product"."product_id"
  ),
  "g_stock_e" as (
    select
      "scan_stock"."date_counted__date_id" "date_id",
      cast(
        date_trunc(
          'month',
          cast("scan_stock"."date_counted__date_value" as timestamp(6))
        )
        as date
      ) "month_of_date_id",
      "scan_stock"."stock_counts__product_id" "e0",
      element_at(array_agg("scan_stock"."stock_counts__units" order by case
        when "scan_stock"."stock_counts__units" is not null then cast("scan_stock"."date_counted__date_value" as date)
      end desc, "scan_stock"."stock_counts__units" desc nulls last) filter (where (case
        when "scan_stock"."stock_counts__units" is not null then cast("scan_stock"."date_counted__date_value" as date)
      end is not null)), 1) "c0"
    from "scan_stock"
    group by
      "scan_stock"."date_counted__date_id",
      cast(
        date_trunc(
          'month',
          cast("scan_stock"."date_counted__date_value" as timestamp(6))
        )
        as date
      ),
      "scan_stock"."stock_counts__product_id"
  ),
  "g_stock" as (
    select
      "g_stock_e"."date_id" "date_id",
      "g_stock_e"."month_of_date_id" "month_of_date_id",
      sum("g_stock_e"."c0") "c0"
    from "g_stock_e"
    group by "g_stock_e"."date_id", "g_stock_e"."month_of_date_id"
  ),
  "base" as (
    select
      "g_stock"."date_id" "date_id",
      "g_stock"."month_of_date_id" "month_of_date_id",
      "g_stock"."c0" "c0"
    from "g_stock"
  ),
  "p1_stock_s_e" as (
    select
      cast(
        date_trunc(
          'month',
          cast("scan_stock"."date_counted__date_value" as timestamp(6))
        )
        as date
      ) "month_of_date_id",
      "scan_stock"."stock_counts__product_id" "e0",
      element_at(array_agg("scan_stock"."stock_counts__units" order by case
        when "scan_stock"."stock_counts__units" is not null then cast("scan_stock"."date_counted__date_value" as date)
      end desc, "scan_stock"."stock_counts__units" desc nulls last) filter (where (case
        when "scan_stock"."stock_counts__units" is not null then cast("scan_stock"."date_counted__date_value" as date)
      end is not null)), 1) "s0"
    from "scan_stock"
    group by
      cast(
        date_trunc(
          'month',
          cast("scan_stock"."date_counted__date_value" as timestamp(6))
        )
        as date
      ),
      "scan_stock"."stock_counts__product_id"
  ),
  "p1_stock_s" as (
    select
      "p1_stock_s_e"."month_of_date_id" "month_of_date_id",
      sum("p1_stock_s_e"."s0") "s0"
    from "p1_stock_s_e"
    group by "p1_stock_s_e"."month_of_date_id"
  ),
  "p1_stock" as (
    select
      "p1_stock_s"."month_of_date_id" "source_period",
      sum("p1_stock_s"."s0") "p1_stockc0_p"
    from "p1_stock_s"
    group by "p1_stock_s"."month_of_date_id"
  ),
  "shared_w1_stock" as (
    select
      "f"."c" "month_of_date_id",
      sum("p1_stock"."p1_stockc0_p") filter (where "p1_stock"."source_period" = date_add(
        'month',
        -1,
        cast("f"."c" as date)
      )) "w1_stock_p1_stockc0"
    from "p1_stock"
      cross join unnest(sequence(date_add(
        'month',
        1,
        cast("p1_stock"."source_period" as date)
      ), date_add(
        'month',
        1,
        cast("p1_stock"."source_period" as date)
      ), interval '1' month)) "f" ("c")
    group by "f"."c"
  ),
  "result" as (
    select
      "base"."date_id" "date_id",
      "base"."month_of_date_id" "month_of_date_id",
      "base"."c0" "on_hand",
      "shared_w1_stock"."w1_stock_p1_stockc0" "on_hand_last_month"
    from "base"
      left outer join "shared_w1_stock"
        on (
          (("base"."month_of_date_id" is null) = ("shared_w1_stock"."month_of_date_id" is null))
          and (coalesce("base"."month_of_date_id", date '1970-01-01') = coalesce("shared_w1_stock"."month_of_date_id", date '1970-01-01'))
        )
  )
select "result"."date_id", "result"."on_hand", "result"."on_hand_last_month"
from "result"
order by
  "result"."date_id" asc nulls last,
  "result"."month_of_date_id" asc nulls last
-- bind values: []
