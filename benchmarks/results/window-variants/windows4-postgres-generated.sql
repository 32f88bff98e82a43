with
  "scan_order_details" as materialized (
    select
      "date_order"."date_id" as "date_order__date_id",
      "product"."category" as "product__category",
      "date_order"."date_value" as "date_order__date_value",
      "oi"."quantity" as "oi__quantity",
      "oi"."unit_price" as "oi__unit_price",
      "o"."order_id" as "o__order_id",
      "date_order"."year" as "date_order__year"
    from "{s}"."orders" as "o"
      join "{s}"."order_items" as "oi"
        on "o"."order_id" = "oi"."order_id"
      left outer join "{s}"."dates" as "date_order"
        on "o"."order_date" = "date_order"."date_id"
      left outer join "{s}"."products" as "product"
        on "oi"."product_id" = "product"."product_id"
  ),
  "scan_page_views_enriched" as materialized (
    select
      "date_page"."date_id" as "date_page__date_id",
      "product"."category" as "product__category",
      "date_page"."date_value" as "date_page__date_value",
      "page_views"."customer_id" as "page_views__customer_id",
      "date_page"."year" as "date_page__year"
    from "{s}"."page_views" as "page_views"
      left outer join "{s}"."dates" as "date_page"
        on "page_views"."page_date" = "date_page"."date_id"
      left outer join "{s}"."products" as "product"
        on "page_views"."product_id" = "product"."product_id"
  ),
  "g_order_details" as (
    select
      "scan_order_details"."date_order__date_id" as "date_id",
      "scan_order_details"."product__category" as "category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp)
        )
        as date
      ) as "week_of_date_id",
      cast("scan_order_details"."date_order__date_value" as date) as "day_of_date_id",
      sum(("scan_order_details"."oi__quantity" * "scan_order_details"."oi__unit_price")) as "c0",
      count(distinct "scan_order_details"."o__order_id") as "c1"
    from "scan_order_details"
    where "scan_order_details"."date_order__year" >= 2019
    group by
      "scan_order_details"."date_order__date_id",
      "scan_order_details"."product__category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp)
        )
        as date
      ),
      cast("scan_order_details"."date_order__date_value" as date)
  ),
  "g_page_views_enriched" as (
    select
      "scan_page_views_enriched"."date_page__date_id" as "date_id",
      "scan_page_views_enriched"."product__category" as "category",
      cast(
        date_trunc(
          'week',
          cast("scan_page_views_enriched"."date_page__date_value" as timestamp)
        )
        as date
      ) as "week_of_date_id",
      cast("scan_page_views_enriched"."date_page__date_value" as date) as "day_of_date_id",
      count(distinct "scan_page_views_enriched"."page_views__customer_id") as "c2"
    from "scan_page_views_enriched"
    where "scan_page_views_enriched"."date_page__year" >= 2019
    group by
      "scan_page_views_enriched"."date_page__date_id",
      "scan_page_views_enriched"."product__category",
      cast(
        date_trunc(
          'week',
          cast("scan_page_views_enriched"."date_page__date_value" as timestamp)
        )
        as date
      ),
      cast("scan_page_views_enriched"."date_page__date_value" as date)
  ),
  "base" as (
    select
      coalesce("g_order_details"."date_id", "g_page_views_enriched"."date_id") as "date_id",
      coalesce("g_order_details"."category", "g_page_views_enriched"."category") as "category",
      coalesce("g_order_details"."week_of_date_id", "g_page_views_enriched"."week_of_date_id") as "week_of_date_id",
      coalesce("g_order_details"."day_of_date_id", "g_page_views_enriched"."day_of_date_id") as "day_of_date_id",
      "g_order_details"."c0" as "c0",
      "g_order_details"."c1" as "c1",
      "g_page_views_enriched"."c2" as "c2"
    from "g_order_details"
      full outer join "g_page_views_enriched"
        on (
          (("g_order_details"."date_id" is null) = ("g_page_views_enriched"."date_id" is null))
          and (coalesce("g_order_details"."date_id", 0) = coalesce("g_page_views_enriched"."date_id", 0))
          and (("g_order_details"."category" is null) = ("g_page_views_enriched"."category" is null))
          and (coalesce("g_order_details"."category", '') = coalesce("g_page_views_enriched"."category", ''))
          and (("g_order_details"."week_of_date_id" is null) = ("g_page_views_enriched"."week_of_date_id" is null))
          and (coalesce("g_order_details"."week_of_date_id", date '1970-01-01') = coalesce("g_page_views_enriched"."week_of_date_id", date '1970-01-01'))
          and (("g_order_details"."day_of_date_id" is null) = ("g_page_views_enriched"."day_of_date_id" is null))
          and (coalesce("g_order_details"."day_of_date_id", date '1970-01-01') = coalesce("g_page_views_enriched"."day_of_date_id", date '1970-01-01'))
        )
  ),
  "w1_order_details_p" as (
    select
      "scan_order_details"."product__category" as "category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp)
        )
        as date
      ) as "source_period",
      sum(("scan_order_details"."oi__quantity" * "scan_order_details"."oi__unit_price")) as "w1c0_p"
    from "scan_order_details"
    group by
      "scan_order_details"."product__category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp)
        )
        as date
      )
  ),
  "w1_order_details" as (
    select
      "k"."category" as "category",
      "k"."week_of_date_id" as "week_of_date_id",
      sum("w1_order_details_p"."w1c0_p") as "w1c0"
    from (
      select distinct "base"."category", "base"."week_of_date_id"
      from "base"
    ) as "k"
      left outer join "w1_order_details_p"
        on (
          (("k"."category" is null) = ("w1_order_details_p"."category" is null))
          and (coalesce("k"."category", '') = coalesce("w1_order_details_p"."category", ''))
          and "w1_order_details_p"."source_period" = "k"."week_of_date_id"
        )
    group by "k"."category", "k"."week_of_date_id"
  ),
  "w2_order_details_p" as (
    select
      "scan_order_details"."product__category" as "category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp)
        )
        as date
      ) as "source_period",
      sum(("scan_order_details"."oi__quantity" * "scan_order_details"."oi__unit_price")) as "w2c0_p"
    from "scan_order_details"
    group by
      "scan_order_details"."product__category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp)
        )
        as date
      )
  ),
  "w2_order_details" as (
    select
      "k"."category" as "category",
      "k"."week_of_date_id" as "week_of_date_id",
      sum("w2_order_details_p"."w2c0_p") as "w2c0"
    from (
      select distinct "base"."category", "base"."week_of_date_id"
      from "base"
    ) as "k"
      left outer join "w2_order_details_p"
        on (
          (("k"."category" is null) = ("w2_order_details_p"."category" is null))
          and (coalesce("k"."category", '') = coalesce("w2_order_details_p"."category", ''))
          and "w2_order_details_p"."source_period" = cast(
            (cast("k"."week_of_date_id" as timestamp) + cast('-7 days' as interval))
            as date
          )
        )
    group by "k"."category", "k"."week_of_date_id"
  ),
  "w3_order_details_p" as (
    select
      "scan_order_details"."product__category" as "category",
      cast("scan_order_details"."date_order__date_value" as date) as "source_period",
      sum(("scan_order_details"."oi__quantity" * "scan_order_details"."oi__unit_price")) as "w3c0_p"
    from "scan_order_details"
    group by
      "scan_order_details"."product__category",
      cast("scan_order_details"."date_order__date_value" as date)
  ),
  "w3_order_details" as (
    select
      "k"."category" as "category",
      "k"."day_of_date_id" as "day_of_date_id",
      sum("w3_order_details_p"."w3c0_p") as "w3c0"
    from (
      select distinct "base"."category", "base"."day_of_date_id"
      from "base"
    ) as "k"
      left outer join "w3_order_details_p"
        on (
          (("k"."category" is null) = ("w3_order_details_p"."category" is null))
          and (coalesce("k"."category", '') = coalesce("w3_order_details_p"."category", ''))
          and "w3_order_details_p"."source_period" > cast(
            (cast("k"."day_of_date_id" as timestamp) + cast('-7 days' as interval))
            as date
          )
          and "w3_order_details_p"."source_period" <= "k"."day_of_date_id"
        )
    group by "k"."category", "k"."day_of_date_id"
  ),
  "w4_order_details_p" as (
    select
      "scan_order_details"."product__category" as "category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp)
        )
        as date
      ) as "source_period",
      "scan_order_details"."o__order_id" as "l0"
    from "scan_order_details"
    group by
      "scan_order_details"."product__category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp)
        )
        as date
      ),
      "scan_order_details"."o__order_id"
  ),
  "w4_order_details" as (
    select
      "k"."category" as "category",
      "k"."week_of_date_id" as "week_of_date_id",
      count(distinct "w4_order_details_p"."l0") as "w4c0"
    from (
      select distinct "base"."category", "base"."week_of_date_id"
      from "base"
    ) as "k"
      left outer join "w4_order_details_p"
        on (
          (("k"."category" is null) = ("w4_order_details_p"."category" is null))
          and (coalesce("k"."category", '') = coalesce("w4_order_details_p"."category", ''))
          and "w4_order_details_p"."source_period" = "k"."week_of_date_id"
        )
    group by "k"."category", "k"."week_of_date_id"
  ),
  "w4_page_views_enriched_p" as (
    select
      "scan_page_views_enriched"."product__category" as "category",
      cast(
        date_trunc(
          'week',
          cast("scan_page_views_enriched"."date_page__date_value" as timestamp)
        )
        as date
      ) as "source_period",
      "scan_page_views_enriched"."page_views__customer_id" as "l0"
    from "scan_page_views_enriched"
    group by
      "scan_page_views_enriched"."product__category",
      cast(
        date_trunc(
          'week',
          cast("scan_page_views_enriched"."date_page__date_value" as timestamp)
        )
        as date
      ),
      "scan_page_views_enriched"."page_views__customer_id"
  ),
  "w4_page_views_enriched" as (
    select
      "k"."category" as "category",
      "k"."week_of_date_id" as "week_of_date_id",
      count(distinct "w4_page_views_enriched_p"."l0") as "w4c1"
    from (
      select distinct "base"."category", "base"."week_of_date_id"
      from "base"
    ) as "k"
      left outer join "w4_page_views_enriched_p"
        on (
          (("k"."category" is null) = ("w4_page_views_enriched_p"."category" is null))
          and (coalesce("k"."category", '') = coalesce("w4_page_views_enriched_p"."category", ''))
          and "w4_page_views_enriched_p"."source_period" = "k"."week_of_date_id"
        )
    group by "k"."category", "k"."week_of_date_id"
  ),
  "w5_order_details_p" as (
    select
      "scan_order_details"."product__category" as "category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp)
        )
        as date
      ) as "source_period",
      "scan_order_details"."o__order_id" as "l0"
    from "scan_order_details"
    group by
      "scan_order_details"."product__category",
      cast(
        date_trunc(
          'week',
          cast("scan_order_details"."date_order__date_value" as timestamp)
        )
        as date
      ),
      "scan_order_details"."o__order_id"
  ),
  "w5_order_details" as (
    select
      "k"."category" as "category",
      "k"."week_of_date_id" as "week_of_date_id",
      count(distinct "w5_order_details_p"."l0") as "w5c0"
    from (
      select distinct "base"."category", "base"."week_of_date_id"
      from "base"
    ) as "k"
      left outer join "w5_order_details_p"
        on (
          (("k"."category" is null) = ("w5_order_details_p"."category" is null))
          and (coalesce("k"."category", '') = coalesce("w5_order_details_p"."category", ''))
          and "w5_order_details_p"."source_period" = cast(
            (cast("k"."week_of_date_id" as timestamp) + cast('-7 days' as interval))
            as date
          )
        )
    group by "k"."category", "k"."week_of_date_id"
  ),
  "w5_page_views_enriched_p" as (
    select
      "scan_page_views_enriched"."product__category" as "category",
      cast(
        date_trunc(
          'week',
          cast("scan_page_views_enriched"."date_page__date_value" as timestamp)
        )
        as date
      ) as "source_period",
      "scan_page_views_enriched"."page_views__customer_id" as "l0"
    from "scan_page_views_enriched"
    group by
      "scan_page_views_enriched"."product__category",
      cast(
        date_trunc(
          'week',
          cast("scan_page_views_enriched"."date_page__date_value" as timestamp)
        )
        as date
      ),
      "scan_page_views_enriched"."page_views__customer_id"
  ),
  "w5_page_views_enriched" as (
    select
      "k"."category" as "category",
      "k"."week_of_date_id" as "week_of_date_id",
      count(distinct "w5_page_views_enriched_p"."l0") as "w5c1"
    from (
      select distinct "base"."category", "base"."week_of_date_id"
      from "base"
    ) as "k"
      left outer join "w5_page_views_enriched_p"
        on (
          (("k"."category" is null) = ("w5_page_views_enriched_p"."category" is null))
          and (coalesce("k"."category", '') = coalesce("w5_page_views_enriched_p"."category", ''))
          and "w5_page_views_enriched_p"."source_period" = cast(
            (cast("k"."week_of_date_id" as timestamp) + cast('-7 days' as interval))
            as date
          )
        )
    group by "k"."category", "k"."week_of_date_id"
  ),
  "w6_page_views_enriched_p" as (
    select
      "scan_page_views_enriched"."product__category" as "category",
      cast("scan_page_views_enriched"."date_page__date_value" as date) as "source_period",
      "scan_page_views_enriched"."page_views__customer_id" as "l0"
    from "scan_page_views_enriched"
    group by
      "scan_page_views_enriched"."product__category",
      cast("scan_page_views_enriched"."date_page__date_value" as date),
      "scan_page_views_enriched"."page_views__customer_id"
  ),
  "w6_page_views_enriched" as (
    select
      "k"."category" as "category",
      "k"."day_of_date_id" as "day_of_date_id",
      count(distinct "w6_page_views_enriched_p"."l0") as "w6c0"
    from (
      select distinct "base"."category", "base"."day_of_date_id"
      from "base"
    ) as "k"
      left outer join "w6_page_views_enriched_p"
        on (
          (("k"."category" is null) = ("w6_page_views_enriched_p"."category" is null))
          and (coalesce("k"."category", '') = coalesce("w6_page_views_enriched_p"."category", ''))
          and "w6_page_views_enriched_p"."source_period" > cast(
            (cast("k"."day_of_date_id" as timestamp) + cast('-7 days' as interval))
            as date
          )
          and "w6_page_views_enriched_p"."source_period" <= "k"."day_of_date_id"
        )
    group by "k"."category", "k"."day_of_date_id"
  ),
  "result" as (
    select
      "base"."date_id" as "date_id",
      "base"."category" as "category",
      "base"."week_of_date_id" as "week_of_date_id",
      "base"."day_of_date_id" as "day_of_date_id",
      cast(
        ((cast(
          ("w1_order_details"."w1c0" - "w2_order_details"."w2c0")
          as double precision
        ) / cast(
          nullif("w2_order_details"."w2c0", cast(0E0 as double precision))
          as double precision
        )) * 100)
        as double precision
      ) as "wow_revenue_change",
      cast("w3_order_details"."w3c0" as double precision) as "trailing_7d_revenue",
      cast(
        ((cast(
          ((cast(
            coalesce("w4_order_details"."w4c0", 0)
            as double precision
          ) / cast(
            nullif(
              coalesce("w4_page_views_enriched"."w4c1", 0),
              0
            )
            as double precision
          )) - (cast(
            coalesce("w5_order_details"."w5c0", 0)
            as double precision
          ) / cast(
            nullif(
              coalesce("w5_page_views_enriched"."w5c1", 0),
              0
            )
            as double precision
          )))
          as double precision
        ) / cast(
          nullif(
            (cast(
              coalesce("w5_order_details"."w5c0", 0)
              as double precision
            ) / cast(
              nullif(
                coalesce("w5_page_views_enriched"."w5c1", 0),
                0
              )
              as double precision
            )),
            cast(0E0 as double precision)
          )
          as double precision
        )) * 100)
        as double precision
      ) as "wow_conversion_rate_change",
      cast(
        coalesce("w6_page_views_enriched"."w6c0", 0)
        as bigint
      ) as "trailing_7d_visitors"
    from "base"
      left outer join "w1_order_details"
        on (
          (("base"."category" is null) = ("w1_order_details"."category" is null))
          and (coalesce("base"."category", '') = coalesce("w1_order_details"."category", ''))
          and (("base"."week_of_date_id" is null) = ("w1_order_details"."week_of_date_id" is null))
          and (coalesce("base"."week_of_date_id", date '1970-01-01') = coalesce("w1_order_details"."week_of_date_id", date '1970-01-01'))
        )
      left outer join "w2_order_details"
        on (
          (("base"."category" is null) = ("w2_order_details"."category" is null))
          and (coalesce("base"."category", '') = coalesce("w2_order_details"."category", ''))
          and (("base"."week_of_date_id" is null) = ("w2_order_details"."week_of_date_id" is null))
          and (coalesce("base"."week_of_date_id", date '1970-01-01') = coalesce("w2_order_details"."week_of_date_id", date '1970-01-01'))
        )
      left outer join "w3_order_details"
        on (
          (("base"."category" is null) = ("w3_order_details"."category" is null))
          and (coalesce("base"."category", '') = coalesce("w3_order_details"."category", ''))
          and (("base"."day_of_date_id" is null) = ("w3_order_details"."day_of_date_id" is null))
          and (coalesce("base"."day_of_date_id", date '1970-01-01') = coalesce("w3_order_details"."day_of_date_id", date '1970-01-01'))
        )
      left outer join "w4_order_details"
        on (
          (("base"."category" is null) = ("w4_order_details"."category" is null))
          and (coalesce("base"."category", '') = coalesce("w4_order_details"."category", ''))
          and (("base"."week_of_date_id" is null) = ("w4_order_details"."week_of_date_id" is null))
          and (coalesce("base"."week_of_date_id", date '1970-01-01') = coalesce("w4_order_details"."week_of_date_id", date '1970-01-01'))
        )
      left outer join "w4_page_views_enriched"
        on (
          (("base"."category" is null) = ("w4_page_views_enriched"."category" is null))
          and (coalesce("base"."category", '') = coalesce("w4_page_views_enriched"."category", ''))
          and (("base"."week_of_date_id" is null) = ("w4_page_views_enriched"."week_of_date_id" is null))
          and (coalesce("base"."week_of_date_id", date '1970-01-01') = coalesce("w4_page_views_enriched"."week_of_date_id", date '1970-01-01'))
        )
      left outer join "w5_order_details"
        on (
          (("base"."category" is null) = ("w5_order_details"."category" is null))
          and (coalesce("base"."category", '') = coalesce("w5_order_details"."category", ''))
          and (("base"."week_of_date_id" is null) = ("w5_order_details"."week_of_date_id" is null))
          and (coalesce("base"."week_of_date_id", date '1970-01-01') = coalesce("w5_order_details"."week_of_date_id", date '1970-01-01'))
        )
      left outer join "w5_page_views_enriched"
        on (
          (("base"."category" is null) = ("w5_page_views_enriched"."category" is null))
          and (coalesce("base"."category", '') = coalesce("w5_page_views_enriched"."category", ''))
          and (("base"."week_of_date_id" is null) = ("w5_page_views_enriched"."week_of_date_id" is null))
          and (coalesce("base"."week_of_date_id", date '1970-01-01') = coalesce("w5_page_views_enriched"."week_of_date_id", date '1970-01-01'))
        )
      left outer join "w6_page_views_enriched"
        on (
          (("base"."category" is null) = ("w6_page_views_enriched"."category" is null))
          and (coalesce("base"."category", '') = coalesce("w6_page_views_enriched"."category", ''))
          and (("base"."day_of_date_id" is null) = ("w6_page_views_enriched"."day_of_date_id" is null))
          and (coalesce("base"."day_of_date_id", date '1970-01-01') = coalesce("w6_page_views_enriched"."day_of_date_id", date '1970-01-01'))
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
