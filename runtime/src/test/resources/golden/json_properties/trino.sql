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
            coalesce(
              json_extract_scalar("docs"."props", '$.paid'),
              nullif(
                json_format(json_extract("docs"."props", '$.paid')),
                'null'
              )
            ) is null
            or coalesce(
              json_extract_scalar("docs"."props", '$.paid'),
              nullif(
                json_format(json_extract("docs"."props", '$.paid')),
                'null'
              )
            ) in (
              'true', 'false'
            )
          ) then trim(coalesce(
            json_extract_scalar("docs"."props", '$.paid'),
            nullif(
              json_format(json_extract("docs"."props", '$.paid')),
              'null'
            )
          ))
          else ('[GrainlineJsonValue] port_json.docs.props.paid as boolean: ' || coalesce(
            json_extract_scalar("docs"."props", '$.paid'),
            nullif(
              json_format(json_extract("docs"."props", '$.paid')),
              'null'
            )
          ) || ' [GrainlineJsonValue]')
        end
        as boolean
      ) = ?
      and "docs"."kind" = ?
    )
  ),
  "g_docs_p" as (
    select
      json_extract_scalar("scan_docs"."docs__props", '$.currency') "currency",
      "scan_docs"."docs__doc_id" "k_doc_id",
      sum(cast(
        case
          when (
            coalesce(
              json_extract_scalar("scan_docs"."docs__props", '$.amount'),
              nullif(
                json_format(json_extract("scan_docs"."docs__props", '$.amount')),
                'null'
              )
            ) is null
            or (regexp_like(coalesce(
              json_extract_scalar("scan_docs"."docs__props", '$.amount'),
              nullif(
                json_format(json_extract("scan_docs"."docs__props", '$.amount')),
                'null'
              )
            ), '^ *-{0,1}[0-9]+ *$'))
          ) then trim(coalesce(
            json_extract_scalar("scan_docs"."docs__props", '$.amount'),
            nullif(
              json_format(json_extract("scan_docs"."docs__props", '$.amount')),
              'null'
            )
          ))
          else ('[GrainlineJsonValue] port_json.docs.props.amount as bigint: ' || coalesce(
            json_extract_scalar("scan_docs"."docs__props", '$.amount'),
            nullif(
              json_format(json_extract("scan_docs"."docs__props", '$.amount')),
              'null'
            )
          ) || ' [GrainlineJsonValue]')
        end
        as bigint
      )) "c0_p",
      count(*) filter (where json_extract("scan_docs"."docs__props", '$.amount') is not null) "c1_n"
    from "scan_docs"
    group by
      json_extract_scalar("scan_docs"."docs__props", '$.currency'),
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
      json_extract_scalar("scan_docs"."docs__props", '$.currency') "currency",
      element_at(transform(array[array_sort(array_agg(cast(
        cast(
          case
            when (
              coalesce(
                json_extract_scalar("scan_docs"."docs__props", '$.price'),
                nullif(
                  json_format(json_extract("scan_docs"."docs__props", '$.price')),
                  'null'
                )
              ) is null
              or (regexp_like(coalesce(
                json_extract_scalar("scan_docs"."docs__props", '$.price'),
                nullif(
                  json_format(json_extract("scan_docs"."docs__props", '$.price')),
                  'null'
                )
              ), '^ *-{0,1}[0-9]+([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1} *$'))
            ) then trim(coalesce(
              json_extract_scalar("scan_docs"."docs__props", '$.price'),
              nullif(
                json_format(json_extract("scan_docs"."docs__props", '$.price')),
                'null'
              )
            ))
            else ('[GrainlineJsonValue] port_json.docs.props.price as double: ' || coalesce(
              json_extract_scalar("scan_docs"."docs__props", '$.price'),
              nullif(
                json_format(json_extract("scan_docs"."docs__props", '$.price')),
                'null'
              )
            ) || ' [GrainlineJsonValue]')
          end
          as double
        )
        as double
      )) filter (where cast(
        cast(
          case
            when (
              coalesce(
                json_extract_scalar("scan_docs"."docs__props", '$.price'),
                nullif(
                  json_format(json_extract("scan_docs"."docs__props", '$.price')),
                  'null'
                )
              ) is null
              or (regexp_like(coalesce(
                json_extract_scalar("scan_docs"."docs__props", '$.price'),
                nullif(
                  json_format(json_extract("scan_docs"."docs__props", '$.price')),
                  'null'
                )
              ), '^ *-{0,1}[0-9]+([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1} *$'))
            ) then trim(coalesce(
              json_extract_scalar("scan_docs"."docs__props", '$.price'),
              nullif(
                json_format(json_extract("scan_docs"."docs__props", '$.price')),
                'null'
              )
            ))
            else ('[GrainlineJsonValue] port_json.docs.props.price as double: ' || coalesce(
              json_extract_scalar("scan_docs"."docs__props", '$.price'),
              nullif(
                json_format(json_extract("scan_docs"."docs__props", '$.price')),
                'null'
              )
            ) || ' [GrainlineJsonValue]')
          end
          as double
        )
        as double
      ) is not null))], a -> if(cardinality(a) = 0, null, a[cast(floor((cast(5E-1 as double) * (cardinality(a) - 1))) as bigint) + 1] + (a[cast(ceiling((cast(5E-1 as double) * (cardinality(a) - 1))) as bigint) + 1] - a[cast(floor((cast(5E-1 as double) * (cardinality(a) - 1))) as bigint) + 1]) * ((cast(5E-1 as double) * (cardinality(a) - 1)) - floor((cast(5E-1 as double) * (cardinality(a) - 1)))))), 1) "c2"
    from "scan_docs"
    group by json_extract_scalar("scan_docs"."docs__props", '$.currency')
  ),
  "result" as (
    select
      coalesce("g_docs"."currency", "g_docs_raw"."currency") "currency",
      "g_docs"."c0" "total_amount",
      coalesce("g_docs"."c1", 0) "with_amount",
      cast("g_docs_raw"."c2" as double) "median_price"
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
