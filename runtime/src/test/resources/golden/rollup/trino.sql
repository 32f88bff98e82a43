with
  "g_sales_p" as (
    select
      "region"."name" "name",
      "sales"."sale_id" "k_sale_id",
      sum("sales"."amount") "c0_p",
      "sales"."customer" "l0",
      sum("sales"."amount") "c2_s",
      count("sales"."amount") "c2_n",
      sum(cast("sales"."amount" as double)) "c3_s",
      sum((cast("sales"."amount" as double) * cast("sales"."amount" as double))) "c3_q",
      count(cast("sales"."amount" as double)) "c3_n"
    from "shop"."sales" "sales"
      left outer join "shop"."regions" "region"
        on "sales"."region_id" = "region"."region_id"
    group by "region"."name", "sales"."sale_id", "sales"."customer"
  ),
  "g_sales" as (
    select
      "g_sales_p"."name" "name",
      sum("g_sales_p"."c0_p") "c0",
      count(distinct "g_sales_p"."l0") "c1",
      (cast(
        sum("g_sales_p"."c2_s")
        as double
      ) / cast(
        nullif(
          sum("g_sales_p"."c2_n"),
          0
        )
        as double
      )) "c2",
      case
        when (cast(
          ((cast(
            sum("g_sales_p"."c3_n")
            as double
          ) * sum("g_sales_p"."c3_q")) - (sum("g_sales_p"."c3_s") * sum("g_sales_p"."c3_s")))
          as double
        ) / cast(
          nullif(
            (cast(
              sum("g_sales_p"."c3_n")
              as double
            ) * (cast(
              sum("g_sales_p"."c3_n")
              as double
            ) - 1E0)),
            0E0
          )
          as double
        )) < 0E0 then 0E0
        else (cast(
          ((cast(
            sum("g_sales_p"."c3_n")
            as double
          ) * sum("g_sales_p"."c3_q")) - (sum("g_sales_p"."c3_s") * sum("g_sales_p"."c3_s")))
          as double
        ) / cast(
          nullif(
            (cast(
              sum("g_sales_p"."c3_n")
              as double
            ) * (cast(
              sum("g_sales_p"."c3_n")
              as double
            ) - 1E0)),
            0E0
          )
          as double
        ))
      end "c3"
    from "g_sales_p"
    group by "g_sales_p"."name"
  ),
  "g_visits_p" as (
    select
      "region"."name" "name",
      "visits"."visit_id" "k_visit_id",
      count(*) "c4_n"
    from "shop"."visits" "visits"
      left outer join "shop"."regions" "region"
        on "visits"."region_id" = "region"."region_id"
    group by "region"."name", "visits"."visit_id"
  ),
  "g_visits" as (
    select
      "g_visits_p"."name" "name",
      sum("g_visits_p"."c4_n") "c4"
    from "g_visits_p"
    group by "g_visits_p"."name"
  ),
  "result" as (
    select
      coalesce("g_sales"."name", "g_visits"."name") "name",
      cast("g_sales"."c0" as double) "revenue",
      coalesce("g_sales"."c1", 0) "customers",
      cast("g_sales"."c2" as double) "avg_amount",
      cast("g_sales"."c3" as double) "amount_variance",
      coalesce("g_visits"."c4", 0) "visits"
    from "g_sales"
      full outer join "g_visits"
        on (
          (("g_sales"."name" is null) = ("g_visits"."name" is null))
          and (coalesce("g_sales"."name", '') = coalesce("g_visits"."name", ''))
        )
  )
select
  "result"."name",
  "result"."revenue",
  "result"."customers",
  "result"."avg_amount",
  "result"."amount_variance",
  "result"."visits"
from "result"
order by "result"."name" asc nulls last
-- bind values: []
