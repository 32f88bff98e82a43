with
  "scan_order_details" as (
    select
      "date_order"."date_id" "date_order__date_id",
      "product"."category" "product__category",
      "date_order"."date_value" "date_order__date_value",
      "oi"."quantity" "oi__quantity",
      "oi"."unit_price" "oi__unit_price",
      "o"."order_id" "o__order_id",
      "date_order"."year" "date_order__year"
    from "{s}"."orders" "o"
      join "{s}"."order_items" "oi"
        on "o"."order_id" = "oi"."order_id"
      left outer join "{s}"."dates" "date_order"
        on "o"."order_date" = "date_order"."date_id"
      left outer join "{s}"."products" "product"
        on "oi"."product_id" = "product"."product_id"
  ),
  "scan_page_views_enriched" as (
    select
      "date_page"."date_id" "date_page__date_id",
      "product"."category" "product__category",
      "date_page"."date_value" "date_page__date_value",
      "page_views"."customer_id" "page_views__customer_id",
      "date_page"."year" "date_page__year"
    from "{s}"."page_views" "page_views"
      left outer join "{s}"."dates" "date_page"
        on "page_views"."page_date" = "date_page"."date_id"
      left outer join "{s}"."products" "product"
        on "page_views"."product_id" = "product"."product_id"
  ),
  "g_order_details" as (
    select
      "scan_order_details"."date_order__date_id" "date_id",
      "scan_order_details"."product__category" "category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp without time zone)
        )
        as date
      ) "week_of_date_id",
      cast("scan_order_details"."date_order__date_value" as date) "day_of_date_id",
      sum(("scan_order_details"."oi__quantity" * "scan_order_details"."oi__unit_price")) "c0",
      count(distinct "scan_order_details"."o__order_id") "c1"
    from "scan_order_details"
    where "scan_order_details"."date_order__year" >= cast(2019 as int)
    group by
      "scan_order_details"."date_order__date_id",
      "scan_order_details"."product__category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp without time zone)
        )
        as date
      ),
      cast("scan_order_details"."date_order__date_value" as date)
  ),
  "g_page_views_enriched" as (
    select
      "scan_page_views_enriched"."date_page__date_id" "date_id",
      "scan_page_views_enriched"."product__category" "category",
      cast(
        date_trunc(
          'week',
          cast("scan_page_views_enriched"."date_page__date_value" as timestamp without time zone)
        )
        as date
      ) "week_of_date_id",
      cast("scan_page_views_enriched"."date_page__date_value" as date) "day_of_date_id",
      count(distinct "scan_page_views_enriched"."page_views__customer_id") "c2"
    from "scan_page_views_enriched"
    where "scan_page_views_enriched"."date_page__year" >= cast(2019 as int)
    group by
      "scan_page_views_enriched"."date_page__date_id",
      "scan_page_views_enriched"."product__category",
      cast(
        date_trunc(
          'week',
          cast("scan_page_views_enriched"."date_page__date_value" as timestamp without time zone)
        )
        as date
      ),
      cast("scan_page_views_enriched"."date_page__date_value" as date)
  ),
  "base" as (
    select
      coalesce("g_order_details"."date_id", "g_page_views_enriched"."date_id") "date_id",
      coalesce("g_order_details"."category", "g_page_views_enriched"."category") "category",
      coalesce("g_order_details"."week_of_date_id", "g_page_views_enriched"."week_of_date_id") "week_of_date_id",
      coalesce("g_order_details"."day_of_date_id", "g_page_views_enriched"."day_of_date_id") "day_of_date_id",
      "g_order_details"."c0" "c0",
      "g_order_details"."c1" "c1",
      "g_page_views_enriched"."c2" "c2"
    from "g_order_details"
      full outer join "g_page_views_enriched"
        on (
          ("g_order_details"."date_id" is not distinct from "g_page_views_enriched"."date_id")
          and ("g_order_details"."category" is not distinct from "g_page_views_enriched"."category")
          and ("g_order_details"."week_of_date_id" is not distinct from "g_page_views_enriched"."week_of_date_id")
          and ("g_order_details"."day_of_date_id" is not distinct from "g_page_views_enriched"."day_of_date_id")
        )
  ),
  "w1_order_details_p" as (
    select
      "scan_order_details"."product__category" "category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp without time zone)
        )
        as date
      ) "source_period",
      sum(("scan_order_details"."oi__quantity" * "scan_order_details"."oi__unit_price")) "w1c0_p"
    from "scan_order_details"
    group by
      "scan_order_details"."product__category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp without time zone)
        )
        as date
      )
  ),
  "w1_order_details" as (
    select
      "k"."category" "category",
      "k"."week_of_date_id" "week_of_date_id",
      sum("w1_order_details_p"."w1c0_p") "w1c0"
    from (
      select distinct "base"."category", "base"."week_of_date_id"
      from "base"
    ) "k"
      left outer join "w1_order_details_p"
        on (
          ("k"."category" is not distinct from "w1_order_details_p"."category")
          and "w1_order_details_p"."source_period" = "k"."week_of_date_id"
        )
    group by "k"."category", "k"."week_of_date_id"
  ),
  "w2_order_details" as (
    select
      "k"."category" "category",
      "k"."week_of_date_id" "week_of_date_id",
      sum("w1_order_details_p"."w1c0_p") "w2c0"
    from (
      select distinct "base"."category", "base"."week_of_date_id"
      from "base"
    ) "k"
      left outer join "w1_order_details_p"
        on (
          ("k"."category" is not distinct from "w1_order_details_p"."category")
          and "w1_order_details_p"."source_period" = cast(
            (cast("k"."week_of_date_id" as timestamp without time zone) + cast('-7 days' as interval))
            as date
          )
        )
    group by "k"."category", "k"."week_of_date_id"
  ),
  "w3_order_details_p" as (
    select
      "scan_order_details"."product__category" "category",
      cast("scan_order_details"."date_order__date_value" as date) "source_period",
      sum(("scan_order_details"."oi__quantity" * "scan_order_details"."oi__unit_price")) "w3c0_p"
    from "scan_order_details"
    group by
      "scan_order_details"."product__category",
      cast("scan_order_details"."date_order__date_value" as date)
  ),
  "w3_order_details" as (
    select
      "k"."category" "category",
      "k"."day_of_date_id" "day_of_date_id",
      sum("f"."w3c0_p") "w3c0"
    from (
      select distinct "base"."category", "base"."day_of_date_id"
      from "base"
    ) "k"
      left outer join (
        select "p"."category", "p"."w3c0_p", "p"."source_period" + "o"."i" "target_period"
        from "w3_order_details_p" "p"
          cross join (values (0), (1), (2), (3), (4), (5), (6)) "o" ("i")
      ) "f"
        on (
          (("k"."category" is null) = ("f"."category" is null))
          and (coalesce("k"."category", '') = coalesce("f"."category", ''))
          and "f"."target_period" = "k"."day_of_date_id"
        )
    group by "k"."category", "k"."day_of_date_id"
  ),
  "w4_order_details_p" as (
    select
      "scan_order_details"."product__category" "category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp without time zone)
        )
        as date
      ) "source_period",
      "scan_order_details"."o__order_id" "l0"
    from "scan_order_details"
    group by
      "scan_order_details"."product__category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp without time zone)
        )
        as date
      ),
      "scan_order_details"."o__order_id"
  ),
  "w4_order_details" as (
    select
      "k"."category" "category",
      "k"."week_of_date_id" "week_of_date_id",
      count(distinct "w4_order_details_p"."l0") "w4c0"
    from (
      select distinct "base"."category", "base"."week_of_date_id"
      from "base"
    ) "k"
      left outer join "w4_order_details_p"
        on (
          ("k"."category" is not distinct from "w4_order_details_p"."category")
          and "w4_order_details_p"."source_period" = "k"."week_of_date_id"
        )
    group by "k"."category", "k"."week_of_date_id"
  ),
  "w4_page_views_enriched_p" as (
    select
      "scan_page_views_enriched"."product__category" "category",
      cast(
        date_trunc(
          'week',
          cast("scan_page_views_enriched"."date_page__date_value" as timestamp without time zone)
        )
        as date
      ) "source_period",
      "scan_page_views_enriched"."page_views__customer_id" "l0"
    from "scan_page_views_enriched"
    group by
      "scan_page_views_enriched"."product__category",
      cast(
        date_trunc(
          'week',
          cast("scan_page_views_enriched"."date_page__date_value" as timestamp without time zone)
        )
        as date
      ),
      "scan_page_views_enriched"."page_views__customer_id"
  ),
  "w4_page_views_enriched" as (
    select
      "k"."category" "category",
      "k"."week_of_date_id" "week_of_date_id",
      count(distinct "w4_page_views_enriched_p"."l0") "w4c1"
    from (
      select distinct "base"."category", "base"."week_of_date_id"
      from "base"
    ) "k"
      left outer join "w4_page_views_enriched_p"
        on (
          ("k"."category" is not distinct from "w4_page_views_enriched_p"."category")
          and "w4_page_views_enriched_p"."source_period" = "k"."week_of_date_id"
        )
    group by "k"."category", "k"."week_of_date_id"
  ),
  "w5_order_details" as (
    select
      "k"."category" "category",
      "k"."week_of_date_id" "week_of_date_id",
      count(distinct "w4_order_details_p"."l0") "w5c0"
    from (
      select distinct "base"."category", "base"."week_of_date_id"
      from "base"
    ) "k"
      left outer join "w4_order_details_p"
        on (
          ("k"."category" is not distinct from "w4_order_details_p"."category")
          and "w4_order_details_p"."source_period" = cast(
            (cast("k"."week_of_date_id" as timestamp without time zone) + cast('-7 days' as interval))
            as date
          )
        )
    group by "k"."category", "k"."week_of_date_id"
  ),
  "w5_page_views_enriched" as (
    select
      "k"."category" "category",
      "k"."week_of_date_id" "week_of_date_id",
      count(distinct "w4_page_views_enriched_p"."l0") "w5c1"
    from (
      select distinct "base"."category", "base"."week_of_date_id"
      from "base"
    ) "k"
      left outer join "w4_page_views_enriched_p"
        on (
          ("k"."category" is not distinct from "w4_page_views_enriched_p"."category")
          and "w4_page_views_enriched_p"."source_period" = cast(
            (cast("k"."week_of_date_id" as timestamp without time zone) + cast('-7 days' as interval))
            as date
          )
        )
    group by "k"."category", "k"."week_of_date_id"
  ),
  "w6_page_views_enriched_p" as (
    select
      "scan_page_views_enriched"."product__category" "category",
      cast("scan_page_views_enriched"."date_page__date_value" as date) "source_period",
      "scan_page_views_enriched"."page_views__customer_id" "l0"
    from "scan_page_views_enriched"
    group by
      "scan_page_views_enriched"."product__category",
      cast("scan_page_views_enriched"."date_page__date_value" as date),
      "scan_page_views_enriched"."page_views__customer_id"
  ),
  "w6_page_views_enriched" as (
    select
      "k"."category" "category",
      "k"."day_of_date_id" "day_of_date_id",
      count(distinct "f"."l0") "w6c0"
    from (
      select distinct "base"."category", "base"."day_of_date_id"
      from "base"
    ) "k"
      left outer join (
        select "p"."category", "p"."l0", "p"."source_period" + "o"."i" "target_period"
        from "w6_page_views_enriched_p" "p"
          cross join (values (0), (1), (2), (3), (4), (5), (6)) "o" ("i")
      ) "f"
        on (
          (("k"."category" is null) = ("f"."category" is null))
          and (coalesce("k"."category", '') = coalesce("f"."category", ''))
          and "f"."target_period" = "k"."day_of_date_id"
        )
    group by "k"."category", "k"."day_of_date_id"
  ),
  "result" as (
    select
      "base"."date_id" "date_id",
      "base"."category" "category",
      "base"."week_of_date_id" "week_of_date_id",
      "base"."day_of_date_id" "day_of_date_id",
      cast(
        ((cast(
          ("w1_order_details"."w1c0" - "w2_order_details"."w2c0")
          as double
        ) / cast(
          nullif("w2_order_details"."w2c0", 0E0)
          as double
        )) * 100)
        as double
      ) "wow_revenue_change",
      cast("w3_order_details"."w3c0" as double) "trailing_7d_revenue",
      cast(
        ((cast(
          ((cast(
            coalesce("w4_order_details"."w4c0", 0)
            as double
          ) / cast(
            nullif(
              coalesce("w4_page_views_enriched"."w4c1", 0),
              0
            )
            as double
          )) - (cast(
            coalesce("w5_order_details"."w5c0", 0)
            as double
          ) / cast(
            nullif(
              coalesce("w5_page_views_enriched"."w5c1", 0),
              0
            )
            as double
          )))
          as double
        ) / cast(
          nullif(
            (cast(
              coalesce("w5_order_details"."w5c0", 0)
              as double
            ) / cast(
              nullif(
                coalesce("w5_page_views_enriched"."w5c1", 0),
                0
              )
              as double
            )),
            0E0
          )
          as double
        )) * 100)
        as double
      ) "wow_conversion_rate_change",
      cast(
        coalesce("w6_page_views_enriched"."w6c0", 0)
        as bigint
      ) "trailing_7d_visitors"
    from "base"
      left outer join "w1_order_details"
        on (
          ("base"."category" is not distinct from "w1_order_details"."category")
          and ("base"."week_of_date_id" is not distinct from "w1_order_details"."week_of_date_id")
        )
      left outer join "w2_order_details"
        on (
          ("base"."category" is not distinct from "w2_order_details"."category")
          and ("base"."week_of_date_id" is not distinct from "w2_order_details"."week_of_date_id")
        )
      left outer join "w3_order_details"
        on (
          ("base"."category" is not distinct from "w3_order_details"."category")
          and ("base"."day_of_date_id" is not distinct from "w3_order_details"."day_of_date_id")
        )
      left outer join "w4_order_details"
        on (
          ("base"."category" is not distinct from "w4_order_details"."category")
          and ("base"."week_of_date_id" is not distinct from "w4_order_details"."week_of_date_id")
        )
      left outer join "w4_page_views_enriched"
        on (
          ("base"."category" is not distinct from "w4_page_views_enriched"."category")
          and ("base"."week_of_date_id" is not distinct from "w4_page_views_enriched"."week_of_date_id")
        )
      left outer join "w5_order_details"
        on (
          ("base"."category" is not distinct from "w5_order_details"."category")
          and ("base"."week_of_date_id" is not distinct from "w5_order_details"."week_of_date_id")
        )
      left outer join "w5_page_views_enriched"
        on (
          ("base"."category" is not distinct from "w5_page_views_enriched"."category")
          and ("base"."week_of_date_id" is not distinct from "w5_page_views_enriched"."week_of_date_id")
        )
      left outer join "w6_page_views_enriched"
        on (
          ("base"."category" is not distinct from "w6_page_views_enriched"."category")
          and ("base"."day_of_date_id" is not distinct from "w6_page_views_enriched"."day_of_date_id")
        )
  )
select
  "result"."date_id",
  "result"."category",
  "result"."wow_revenue_change",
  "result"."trailing_7d_revenue",
  "result"."wow_conversion_rate_change",
  "result"."trailing_7d_visitors"
from "result"
order by
  "result"."date_id" asc nulls last,
  "result"."category" asc nulls last,
  "result"."week_of_date_id" asc nulls last,
  "result"."day_of_date_id" asc nulls last
