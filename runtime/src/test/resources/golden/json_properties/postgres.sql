with
  "scan_docs" as materialized (
    select
      "docs"."props" as "docs__props",
      "docs"."doc_id" as "docs__doc_id"
    from "port_json"."docs" as "docs"
    where (
      cast(
        case
          when (
            (cast("docs"."props" as jsonb) ->> 'paid') is null
            or (cast("docs"."props" as jsonb) ->> 'paid') in (
              'true', 'false'
            )
          ) then trim((cast("docs"."props" as jsonb) ->> 'paid'))
          else ('[GrainlineJsonValue] port_json.docs.props.paid as boolean: ' || (cast("docs"."props" as jsonb) ->> 'paid') || ' [GrainlineJsonValue]')
        end
        as boolean
      ) = ?
      and "docs"."kind" = ?
    )
  ),
  "g_docs_p" as (
    select
      case
        when jsonb_typeof((cast("scan_docs"."docs__props" as jsonb) -> 'currency')) not in (
          'object', 'array'
        ) then (cast("scan_docs"."docs__props" as jsonb) ->> 'currency')
      end as "currency",
      "scan_docs"."docs__doc_id" as "k_doc_id",
      sum(cast(
        case
          when (
            (cast("scan_docs"."docs__props" as jsonb) ->> 'amount') is null
            or (((cast("scan_docs"."docs__props" as jsonb) ->> 'amount') ~ '^ *-{0,1}[0-9]+ *$'))
          ) then trim((cast("scan_docs"."docs__props" as jsonb) ->> 'amount'))
          else ('[GrainlineJsonValue] port_json.docs.props.amount as bigint: ' || (cast("scan_docs"."docs__props" as jsonb) ->> 'amount') || ' [GrainlineJsonValue]')
        end
        as bigint
      )) as "c0_p",
      count(*) filter (where (cast("scan_docs"."docs__props" as jsonb) -> 'amount') is not null) as "c1_n"
    from "scan_docs"
    group by
      case
        when jsonb_typeof((cast("scan_docs"."docs__props" as jsonb) -> 'currency')) not in (
          'object', 'array'
        ) then (cast("scan_docs"."docs__props" as jsonb) ->> 'currency')
      end,
      "scan_docs"."docs__doc_id"
  ),
  "g_docs" as (
    select
      "g_docs_p"."currency" as "currency",
      sum("g_docs_p"."c0_p") as "c0",
      sum("g_docs_p"."c1_n") as "c1"
    from "g_docs_p"
    group by "g_docs_p"."currency"
  ),
  "g_docs_raw" as (
    select
      case
        when jsonb_typeof((cast("scan_docs"."docs__props" as jsonb) -> 'currency')) not in (
          'object', 'array'
        ) then (cast("scan_docs"."docs__props" as jsonb) ->> 'currency')
      end as "currency",
      percentile_cont(cast(5E-1 as double precision)) within group (order by cast(
        cast(
          case
            when (
              (cast("scan_docs"."docs__props" as jsonb) ->> 'price') is null
              or (((cast("scan_docs"."docs__props" as jsonb) ->> 'price') ~ '^ *-{0,1}[0-9]+([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1} *$'))
            ) then trim((cast("scan_docs"."docs__props" as jsonb) ->> 'price'))
            else ('[GrainlineJsonValue] port_json.docs.props.price as double: ' || (cast("scan_docs"."docs__props" as jsonb) ->> 'price') || ' [GrainlineJsonValue]')
          end
          as double precision
        )
        as double precision
      )) as "c2"
    from "scan_docs"
    group by
      case
        when jsonb_typeof((cast("scan_docs"."docs__props" as jsonb) -> 'currency')) not in (
          'object', 'array'
        ) then (cast("scan_docs"."docs__props" as jsonb) ->> 'currency')
      end
  ),
  "result" as (
    select
      coalesce("g_docs"."currency", "g_docs_raw"."currency") as "currency",
      "g_docs"."c0" as "total_amount",
      coalesce("g_docs"."c1", 0) as "with_amount",
      cast("g_docs_raw"."c2" as double precision) as "median_price"
    from "g_docs"
      full outer join "g_docs_raw"
        on (
          (("g_docs"."currency" is null) = ("g_docs_raw"."currency" is null))
          and (coalesce("g_docs"."currency", '') = coalesce("g_docs_raw"."currency", ''))
        )
  )
select "result"."currency", "result"."total_amount", "result"."with_amount", "result"."median_price"
from "result"
order by "result"."currency" asc nulls last
-- bind values: [true, good]
