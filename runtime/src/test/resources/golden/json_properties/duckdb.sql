with
  "scan_docs" as (
    select
      "docs"."props" "docs__props",
      "docs"."doc_id" "docs__doc_id"
    from "port_json"."docs" "docs"
    where (
      cast(
        case
          when (
            json_extract_string("docs"."props", '$.paid') is null
            or json_extract_string("docs"."props", '$.paid') in (
              'true', 'false'
            )
          ) then trim(json_extract_string("docs"."props", '$.paid'))
          else ('[GrainlineJsonValue] port_json.docs.props.paid as boolean: ' || json_extract_string("docs"."props", '$.paid') || ' [GrainlineJsonValue]')
        end
        as boolean
      ) = cast(? as boolean)
      and "docs"."kind" = cast(? as varchar)
    )
  ),
  "g_docs_p" as (
    select
      case
        when json_type("scan_docs"."docs__props", '$.currency') not in (
          'OBJECT', 'ARRAY'
        ) then json_extract_string("scan_docs"."docs__props", '$.currency')
      end "currency",
      "scan_docs"."docs__doc_id" "k_doc_id",
      sum(cast(
        case
          when (
            json_extract_string("scan_docs"."docs__props", '$.amount') is null
            or (regexp_full_match(json_extract_string("scan_docs"."docs__props", '$.amount'), '^ *-{0,1}[0-9]+ *$'))
          ) then trim(json_extract_string("scan_docs"."docs__props", '$.amount'))
          else ('[GrainlineJsonValue] port_json.docs.props.amount as bigint: ' || json_extract_string("scan_docs"."docs__props", '$.amount') || ' [GrainlineJsonValue]')
        end
        as bigint
      )) "c0_p",
      count(*) filter (where json_extract("scan_docs"."docs__props", '$.amount') is not null) "c1_n"
    from "scan_docs"
    group by
      case
        when json_type("scan_docs"."docs__props", '$.currency') not in (
          'OBJECT', 'ARRAY'
        ) then json_extract_string("scan_docs"."docs__props", '$.currency')
      end,
      "scan_docs"."docs__doc_id"
  ),
  "g_docs" as (
    select
      "g_docs_p"."currency" "currency",
      sum("g_docs_p"."c0_p") "c0",
      sum("g_docs_p"."c1_n") "c1"
    from "g_docs_p"
    group by "g_docs_p"."currency"
  ),
  "g_docs_raw" as (
    select
      case
        when json_type("scan_docs"."docs__props", '$.currency') not in (
          'OBJECT', 'ARRAY'
        ) then json_extract_string("scan_docs"."docs__props", '$.currency')
      end "currency",
      quantile_cont(cast(
        cast(
          case
            when (
              json_extract_string("scan_docs"."docs__props", '$.price') is null
              or (regexp_full_match(json_extract_string("scan_docs"."docs__props", '$.price'), '^ *-{0,1}[0-9]+([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1} *$'))
            ) then trim(json_extract_string("scan_docs"."docs__props", '$.price'))
            else ('[GrainlineJsonValue] port_json.docs.props.price as double: ' || json_extract_string("scan_docs"."docs__props", '$.price') || ' [GrainlineJsonValue]')
          end
          as double
        )
        as double
      ), 5E-1) "c2"
    from "scan_docs"
    group by
      case
        when json_type("scan_docs"."docs__props", '$.currency') not in (
          'OBJECT', 'ARRAY'
        ) then json_extract_string("scan_docs"."docs__props", '$.currency')
      end
  ),
  "result" as (
    select
      coalesce("g_docs"."currency", "g_docs_raw"."currency") "currency",
      "g_docs"."c0" "total_amount",
      coalesce("g_docs"."c1", 0) "with_amount",
      cast("g_docs_raw"."c2" as double) "median_price"
    from "g_docs"
      full outer join "g_docs_raw"
        on ("g_docs"."currency" is not distinct from "g_docs_raw"."currency")
  )
select "result"."currency", "result"."total_amount", "result"."with_amount", "result"."median_price"
from "result"
order by "result"."currency" asc nulls last
-- bind values: [true, good]
