with
  "g_sales_p" as (
    select
      "region"."name" as "name",
      "sales"."sale_id" as "k_sale_id",
      sum("sales"."amount") as "c0_p",
      "sales"."customer" as "l0",
      sum("sales"."amount") as "c2_s",
      count("sales"."amount") as "c2_n",
      sum(cast("sales"."amount" as double precision)) as "c3_s",
      sum((cast("sales"."amount" as double precision) * cast("sales"."amount" as double precision))) as "c3_q",
      count(cast("sales"."amount" as double precision)) as "c3_n"
    from "shop"."sales" as "sales"
      left outer join "shop"."regions" as "region"
        on "sales"."region_id" = "region"."region_id"
    group by "region"."name", "sales"."sale_id", "sales"."customer"
  ),
  "g_sales" as (
    select
      "g_sales_p"."name" as "name",
      sum("g_sales_p"."c0_p") as "c0",
      count(distinct "g_sales_p"."l0") as "c1",
      (cast(
        sum("g_sales_p"."c2_s")
        as double precision
      ) / cast(
        nullif(
          sum("g_sales_p"."c2_n"),
          0
        )
        as double precision
      )) as "c2",
      case
        when (cast(
          ((cast(
            sum("g_sales_p"."c3_n")
            as double precision
          ) * sum("g_sales_p"."c3_q")) - (sum("g_sales_p"."c3_s") * sum("g_sales_p"."c3_s")))
          as double precision
        ) / cast(
          nullif(
            (cast(
              sum("g_sales_p"."c3_n")
              as double precision
            ) * (cast(
              sum("g_sales_p"."c3_n")
              as double precision
            ) - cast(1E0 as double precision))),
            cast(0E0 as double precision)
          )
          as double precision
        )) < cast(0E0 as double precision) then cast(0E0 as double precision)
        else (cast(
          ((cast(
            sum("g_sales_p"."c3_n")
            as double precision
          ) * sum("g_sales_p"."c3_q")) - (sum("g_sales_p"."c3_s") * sum("g_sales_p"."c3_s")))
          as double precision
        ) / cast(
          nullif(
            (cast(
              sum("g_sales_p"."c3_n")
              as double precision
            ) * (cast(
              sum("g_sales_p"."c3_n")
              as double precision
            ) - cast(1E0 as double precision))),
            cast(0E0 as double precision)
          )
          as double precision
        ))
      end as "c3"
    from "g_sales_p"
    group by "g_sales_p"."name"
  ),
  "g_visits_p" as (
    select
      "region"."name" as "name",
      "visits"."visit_id" as "k_visit_id",
      count(*) as "c4_n"
    from "shop"."visits" as "visits"
      left outer join "shop"."regions" as "region"
        on "visits"."region_id" = "region"."region_id"
    group by "region"."name", "visits"."visit_id"
  ),
  "g_visits" as (
    select
      "g_visits_p"."name" as "name",
      sum("g_visits_p"."c4_n") as "c4"
    from "g_visits_p"
    group by "g_visits_p"."name"
  ),
  "result" as (
    select
      coalesce("g_sales"."name", "g_visits"."name") as "name",
      cast("g_sales"."c0" as double precision) as "revenue",
      coalesce("g_sales"."c1", 0) as "customers",
      cast("g_sales"."c2" as double precision) as "avg_amount",
      cast("g_sales"."c3" as double precision) as "amount_variance",
      coalesce("g_visits"."c4", 0) as "visits"
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
