package dev.grainline.internal.model.validation;

import dev.grainline.DatabaseException;
import dev.grainline.DefinitionError;
import dev.grainline.DefinitionException;
import dev.grainline.QueryError;
import dev.grainline.QueryException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every diagnostic Grainline reports, at compile time or at query time, with its stable id and message template.
 * Ids are what users search for and what the documentation anchors on; never rename one. An id names a kind of
 * problem, and several templates may share it (a limit and an empty IN list are both invalid values). Each template
 * is a complete sentence: call sites fill in names and values, never parts of the sentence. Templates are short,
 * name the offending thing first and end with a suggestion where there is one (a trailing {@code %s} is an optional
 * "; did you mean ...?").
 */
public enum Message {
  // --- the build environment and the processor ---------------------------------------------------------------
  NEEDS_JAVAC("GrainlineNeedsJavac", Severity.ERROR,
      "Grainline reads definitions through javac's Compiler Tree API, which this compiler (%s) does not provide;"
          + " build with javac (Maven, Gradle), or let the IDE delegate its build to Maven or Gradle"),
  UNSUPPORTED_SYNTAX("GrainlineUnsupportedSyntax", Severity.ERROR,
      "%s: a definition may only call the Grainline DSL and use constants and literals"),
  UNSUPPORTED_CONDITION("GrainlineUnsupportedSyntax", Severity.ERROR,
      "%s: the condition of ?: in a definition is a constant (literals, static final constants, and parameters of a"
          + " helper method given constants), so that only the branch it chooses is read"),
  HELPER_BODY("GrainlineUnsupportedSyntax", Severity.ERROR,
      "%s: a helper method that a definition calls has exactly one statement, return <expression>;, and the"
          + " expression follows the rules of a definition"),
  LIBRARY_METHOD("GrainlineUnsupportedSyntax", Severity.ERROR,
      "%s: %s is compiled code (a library's class), whose body the processor cannot read; a definition may call the"
          + " Grainline DSL and static helper methods of the sources being compiled"),
  HELPER_DEPTH("GrainlineHelperRecursion", Severity.ERROR,
      "%s: helper methods call each other more than %d deep here (%s); a recursive helper must end within a few"
          + " calls, on a constant condition"),
  NON_DETERMINISTIC("GrainlineNonDeterministic", Severity.ERROR,
      "%s: a definition is computed once, when its class is initialised, so this value would stay what it was when"
          + " the application started; for the date on which a query runs, in its time zone, use today(), as in"
          + " today().minusDays(7)"),
  INIT_ORDER_SELF("GrainlineInitOrder", Severity.ERROR,
      "%s reads %s, which is declared after it: static fields are assigned in declaration order, so the value is"
          + " still null when %s is initialised, and loading %s would fail with ExceptionInInitializerError; declare"
          + " %s after %s"),
  INIT_ORDER("GrainlineInitOrder", Severity.ERROR,
      "%s reads %s before it is assigned when the classes are initialised in the order %s: %s is still null then,"
          + " and loading the classes would fail with ExceptionInInitializerError; move %s into %s, or declare it"
          + " after %s"),
  DEFINITION_FAILED("GrainlineDefinitionFailed", Severity.ERROR, "%s failed: %s"),
  NOT_IN_MODEL("GrainlineNoModel", Severity.ERROR,
      "%s is not part of a semantic model: annotate package %s with @SemanticModel"),
  PRIVATE_MEMBER("GrainlinePrivateMember", Severity.ERROR,
      "%s is private; the generated catalog reads definitions directly, so make it package-private or public"),
  DECLARED_TYPE("GrainlineDeclaredType", Severity.ERROR, "%s is declared %s but its definition yields %s"),
  CATALOG_NAME("GrainlineInvalidValue", Severity.ERROR,
      "@SemanticModel(catalog = \"%s\"): the catalog is the simple name of the class to generate, such as"
          + " \"StoreCatalog\""),
  SEVERAL_KINDS("GrainlineInvalidValue", Severity.ERROR,
      "%s: a class is a @Fact, a @Dimension or @Metrics, not several"),
  VERSION_MISMATCH("GrainlineVersionMismatch", Severity.ERROR,
      "the Grainline processor is version %s, but the Grainline DSL on the compile class path is version %s; use one"
          + " version for both, for example by importing the BOM dev.grainline:grainline-bom:%s in"
          + " dependencyManagement"),
  VERSION_UNKNOWN("GrainlineVersionMismatch", Severity.ERROR,
      "the Grainline processor is version %s, but the Grainline DSL on the compile class path is older (it has no"
          + " Grainline.VERSION); use one version for both, for example by importing the BOM"
          + " dev.grainline:grainline-bom:%s in dependencyManagement"),
  INCOMPLETE_MODEL("GrainlineIncompleteModel", Severity.ERROR,
      "%s belongs to model %s but cannot be read from the class path (%s); rebuild the module from clean, or put"
          + " what the class needs on the compile class path"),
  NOT_INCLUDED("GrainlineNotIncluded", Severity.ERROR,
      "%s belongs to model %s, which model %s does not include; add includes = %s.class to the @SemanticModel of"
          + " package %s"),
  NOT_A_CATALOG("GrainlineInvalidValue", Severity.ERROR,
      "@SemanticModel(includes = %s.class): %s is not the catalog of a semantic model; include the class Grainline"
          + " generates for a model, the one its @SemanticModel(catalog = ...) names"),
  INCLUDE_CYCLE("GrainlineIncludeCycle", Severity.ERROR,
      "model %s includes itself: %s; a model can include only models that do not include it"),

  // --- values handed to the DSL ----------------------------------------------------------------------------------
  MISSING_ARGUMENT("GrainlineInvalidValue", Severity.ERROR, "null: %s is missing"),
  MISSING_EXPRESSION("GrainlineInvalidValue", Severity.ERROR,
      "null: an expression is missing; if it refers to another class's field, that class may not be initialised yet"
          + " (a cycle between definitions)"),
  FOREIGN_EXPRESSION("GrainlineInvalidValue", Severity.ERROR,
      "%s: only expressions built by the Grainline DSL can be used"),
  IDENTIFIER("GrainlineInvalidValue", Severity.ERROR,
      "%s \"%s\": expected a plain SQL identifier: letters, digits and underscores, not starting with a digit"),
  CONSTANT_NULL("GrainlineInvalidValue", Severity.ERROR,
      "null: a constant cannot be null; compare with isNull() or isNotNull() instead"),
  CONSTANT_TYPE("GrainlineInvalidValue", Severity.ERROR,
      "%s: constants are numbers, strings, booleans, LocalDate or LocalDateTime, not %s"),
  CONSTANT_NOT_FINITE("GrainlineInvalidValue", Severity.ERROR, "%s: a constant must be a finite number"),
  JSON_PATH("GrainlineJsonPath", Severity.ERROR,
      "%s: a JSON key is letters, digits and underscores, not starting with a digit (\"%s\"); Grainline reads"
          + " other keys through a view"),
  JSON_PATH_EMPTY("GrainlineJsonPath", Severity.ERROR, "%s: name at least one key"),
  JSON_TYPE("GrainlineJsonType", Severity.ERROR,
      "%s.as(%s.class): a JSON value is read as Integer, Long, Double, BigDecimal, String or Boolean"),
  JSON_DOCUMENT("GrainlineJsonType", Severity.ERROR,
      "%s: a JSON document is read through a typed path (path(\"key\").asInt(), has(\"key\")), not as a value"),
  CAST_TARGET("GrainlineInvalidValue", Severity.ERROR,
      "cast(%s.class): a cast targets Integer, Long, Double, BigDecimal, String, Boolean, LocalDate or LocalDateTime"),
  PERCENTILE_FRACTION("GrainlineInvalidValue", Severity.ERROR,
      "percentile(..., %s): the fraction is between 0 and 1"),
  NO_ROLE("GrainlineInvalidValue", Severity.ERROR, "via(): name at least one role"),
  ROLE_PATH_SEGMENT("GrainlineInvalidValue", Severity.ERROR,
      "via(\"%s\"): a role is a single name such as \"order\"; pass each role of a path separately"),
  ROLE_NAME("GrainlineInvalidValue", Severity.ERROR,
      "role(\"%s\"): a role is a plain name: letters, digits and underscores"),
  LINK_COLUMNS("GrainlineInvalidValue", Severity.ERROR, "link(): name the columns that hold the dimension key"),
  LINK_KEYS("GrainlineInvalidValue", Severity.ERROR, "to(): name the dimension's key attributes"),
  LINK_KEY_ROLE("GrainlineInvalidValue", Severity.ERROR,
      "to(...via(...)): a link targets the dimension's own key attributes, without a role path"),
  LIMIT("GrainlineInvalidValue", Severity.ERROR, "limit %d: a limit is at least 1"),
  RELATIVE_DATE_RANGE("GrainlineInvalidValue", Severity.ERROR, "%s(%d): a relative date moves at most %d %s"),
  EMPTY_IN_LIST("GrainlineInvalidValue", Severity.ERROR, "%s needs at least one value"),
  ATTRIBUTE_IN_METRICS("GrainlineInvalidValue", Severity.ERROR,
      "%s: attributes belong to a @Fact or @Dimension class"),
  METRIC_WITHOUT_AGGREGATE("GrainlineInvalidValue", Severity.ERROR,
      "%s: a metric needs an aggregate or another metric"),
  QUERY_INLINE_METRIC("GrainlineInvalidValue", Severity.ERROR,
      "query(...): request metrics declared as fields, not inline expressions"),
  QUERY_INLINE_DIMENSION("GrainlineInvalidValue", Severity.ERROR, "by(...): group by attributes declared as fields"),
  OFFSET_TIME_ZONE("GrainlineInvalidValue", Severity.ERROR,
      "inTimeZone(%s): name a region time zone such as Europe/Berlin, not a UTC offset, which engines read with the"
          + " opposite sign"),
  // issue 8: stream (offset of a page of results)
  OFFSET("GrainlineInvalidValue", Severity.ERROR, "offset %d: an offset is at least 0"),

  // --- entities, attributes, links -------------------------------------------------------------------------------
  DUPLICATE_NAME("GrainlineDuplicateName", Severity.ERROR, "%s %s is defined twice: by %s and by %s"),
  DUPLICATE_NAME_FIRST("GrainlineDuplicateName", Severity.NOTE, "%s %s is first defined here"),
  DUPLICATE_ALIAS("GrainlineDuplicateName", Severity.ERROR,
      "table alias %s is defined twice in the source of %s; read a table twice under different aliases with as(...)"),
  SOURCE_TABLES("GrainlineSource", Severity.ERROR,
      "%s needs exactly one source, a Source field built with from(table), or a single Table field; found %d Table"
          + " fields and no Source field"),
  SOURCE_SOURCES("GrainlineSource", Severity.ERROR,
      "%s needs exactly one source, a Source field built with from(table), or a single Table field; found %d Source"
          + " fields"),
  DIMENSION_SOURCE("GrainlineDimensionSource", Severity.ERROR,
      "dimension %s reads %d tables; a dimension reads one table, so that joining it never drops or repeats rows"),
  FOREIGN_COLUMN("GrainlineForeignColumn", Severity.ERROR, "%s reads %s, which is not part of %s"),
  FOREIGN_TABLE("GrainlineForeignColumn", Severity.ERROR,
      "%s reads %s, which is not part of the source of any fact or dimension of the model"),
  COLUMN_TYPE("GrainlineColumnType", Severity.ERROR, "column %s is declared %s here but %s by %s"),
  DIMENSION_KEY("GrainlineDimensionKey", Severity.ERROR,
      "dimension %s declares no key; mark its primary key attributes with key(...)"),
  LINK_TARGET("GrainlineLinkTarget", Severity.ERROR, "link %s must target the key of %s (%s), not %s"),
  LINK_TARGET_UNDECLARED("GrainlineLinkTarget", Severity.ERROR,
      "link %s must target the key attributes of a dimension, not an attribute that no field declares"),
  LINK_TARGET_ONE_DIMENSION("GrainlineLinkTarget", Severity.ERROR,
      "link %s must target the key of one dimension, not %s"),
  LINK_TARGET_NOT_DIMENSION("GrainlineLinkTarget", Severity.ERROR,
      "link %s targets %s, but %s is not annotated @Dimension; a link targets the key of a dimension of the model"),
  LINK_ARITY("GrainlineLinkArity", Severity.ERROR, "link %s joins %d columns to %d key attributes of %s"),
  AMBIGUOUS_LINKS("GrainlineAmbiguousLinks", Severity.ERROR,
      "%s links to %s more than once %s (%s); give each link its own role"),

  // --- tenants (issue 11): the tenant key, the scope of tables, joins that keep tenants apart ---------------------
  TENANT_KEY_CLASS("GrainlineTenantKey", Severity.ERROR,
      "tenantKey(\"%s\", %s.class): a tenant key is an Integer, Long or String column"),
  TENANT_KEY_TWICE("GrainlineTenantKey", Severity.ERROR,
      "%s declares a second tenant key (%s); a model has one tenant key, here %s, and scopes its tables by it"),
  TENANT_KEY_NOT_IN_KEY("GrainlineTenantKey", Severity.ERROR,
      "%s is tenant-scoped, so its key must include its tenant column %s%s"),
  TENANT_KEY_TYPE("GrainlineTenantKey", Severity.ERROR,
      "column %s is the tenant column of %s, so it is %s like tenant key %s, not %s; declare it with %s(\"%s\")"),
  TENANT_SCOPE("GrainlineTenantScope", Severity.ERROR,
      "table %s, read by %s, says neither scopedBy(%s) nor shared(); in a model with a tenant key every table a"
          + " source reads says whether its rows belong to tenants"),
  TENANT_SCOPE_FOREIGN("GrainlineTenantScope", Severity.ERROR,
      "table %s is scoped by a tenant key on %s (%s) that this model does not declare; %s"),
  TENANT_SCOPE_CONFLICT("GrainlineTenantScope", Severity.ERROR,
      "table %s is %s here but %s in %s; whose rows a table holds is the same wherever it is read"),
  TENANT_JOIN("GrainlineTenantJoin", Severity.ERROR,
      "link %s joins tenant-scoped %s on %s only: add its tenant column %s (%s to %s)"),
  TENANT_JOIN_COLUMN("GrainlineTenantJoin", Severity.ERROR,
      "link %s joins %s, the tenant column of tenant-scoped %s, to %s, which is not the tenant column of %s; join it"
          + " to %s"),
  TENANT_JOIN_SHARED("GrainlineTenantJoin", Severity.ERROR,
      "link %s joins %s, whose rows all tenants share, to tenant-scoped %s: a shared row has no tenant to join on,"
          + " so it would match every tenant's rows; link from a tenant-scoped entity"),
  TENANT_SOURCE_JOIN("GrainlineTenantJoin", Severity.ERROR,
      "the source of %s joins tenant-scoped %s on a condition that does not equate their tenant columns, so rows of"
          + " different tenants would join; AND %s to its on(...)"),
  // at query time: a query of a model with a tenant key reads one tenant's rows, or every tenant's by name
  TENANT_REQUIRED("GrainlineTenantRequired", Severity.ERROR,
      "this model's queries are per tenant (tenant key %s): query through forTenant(%s) or, for every tenant's rows,"
          + " allTenants()"),
  TENANT_VALUE("GrainlineTenantValue", Severity.ERROR,
      "forTenant(%s): tenant key %s holds %s values, so a tenant is %s, not a %s"),
  TENANT_REBIND("GrainlineTenantRebind", Severity.ERROR,
      "%s(): this layer is bound to %s, and a bound layer stays bound; bind the unbound layer instead"),
  TENANT_NONE("GrainlineTenantNone", Severity.ERROR,
      "%s(): this model declares no tenant key (Grainline.tenantKey), so its queries have no tenant to bind"),
  TENANT_GRAIN("GrainlineTenantGrain", Severity.ERROR,
      "an all-tenants query groups by %s, whose values repeat across tenants: group by a tenant column too (%s),"
          + " or query one tenant with forTenant(...)"),
  PARTIAL_KEY("GrainlinePartialKey", Severity.WARNING,
      "%s: %s counts %s values, which repeat across %s values in the key of %s; count the entity:"
          + " countDistinct(%s)"),

  // cohort offsets: periodsSince(anchor) counts whole periods of one calendar from an anchor the row reaches
  COHORT_PERIOD("GrainlineCohortOffset", Severity.ERROR,
      "%s counts periods since %s from %s, which is no period: count from a truncation (truncatedTo(...)) or a date"),
  COHORT_ANCHOR_NOT_TIME("GrainlineCohortOffset", Severity.ERROR,
      "%s counts periods since %s, which is no time attribute: anchor it at a truncation (truncatedTo(...)) or a"
          + " date"),
  COHORT_ANCHOR_UNREACHABLE("GrainlineCohortOffset", Severity.ERROR,
      "%s counts periods since %s, which %s does not reach over one path (%s)"),
  COHORT_CALENDAR("GrainlineCohortCalendar", Severity.ERROR,
      "%s compares the %s of %s with %s, a %s: cohort offsets count periods of one calendar; anchor it at a %s"
          + " attribute"),

  // --- expressions -----------------------------------------------------------------------------------------------
  TYPE_OPERATION("GrainlineTypeMismatch", Severity.ERROR, "%s: cannot %s %s values"),
  TYPE_ARITHMETIC("GrainlineTypeMismatch", Severity.ERROR, "%s: cannot compute %s %s %s; arithmetic needs numbers"),
  TYPE_COMPARISON("GrainlineTypeMismatch", Severity.ERROR, "%s: cannot compare %s with %s (%s)"),
  TYPE_UNORDERED("GrainlineTypeMismatch", Severity.ERROR, "%s: %s values have no order (%s)"),
  TYPE_LIKE("GrainlineTypeMismatch", Severity.ERROR, "%s: LIKE compares text with a text pattern, not %s"),
  TYPE_NOT_CONDITION("GrainlineTypeMismatch", Severity.ERROR, "%s: %s needs conditions, not %s values"),
  TYPE_CASE_CONDITION("GrainlineTypeMismatch", Severity.ERROR, "%s: a CASE branch needs a condition, not %s"),
  TYPE_MIXED("GrainlineTypeMismatch", Severity.ERROR, "%s: %s mix %s and %s values"),
  TYPE_CAST("GrainlineTypeMismatch", Severity.ERROR, "%s: cannot cast %s to %s"),
  TYPE_FUNCTION("GrainlineTypeMismatch", Severity.ERROR, "%s: %s takes %d numbers"),
  TYPE_AGGREGATE_FILTER("GrainlineTypeMismatch", Severity.ERROR,
      "%s: an aggregate's filter needs a condition, not %s"),
  TYPE_NOT_NUMERIC("GrainlineTypeMismatch", Severity.ERROR, "%s: %s needs numbers, not %s values"),
  TYPE_NOT_ORDERED("GrainlineTypeMismatch", Severity.ERROR,
      "%s: %s needs ordered values, and %s values have no order"),
  TYPE_LINK("GrainlineTypeMismatch", Severity.ERROR, "link %s: cannot join %s values to %s (%s)"),
  TYPE_FILTER("GrainlineTypeMismatch", Severity.ERROR, "%s: a filter is a condition, not a %s value"),
  NESTED_AGGREGATE("GrainlineNestedAggregate", Severity.ERROR,
      "%s: an aggregate cannot contain another aggregate (%s)"),
  UNAGGREGATED_COLUMN("GrainlineUnaggregatedColumn", Severity.ERROR,
      "metric %s uses %s outside an aggregate; aggregate it, for example max(%s)"),
  AGGREGATE_IN_ROW("GrainlineAggregateInRowExpression", Severity.ERROR,
      "%s is evaluated row by row but contains the aggregate %s"),
  METRIC_OVER_METRICS("GrainlineMetricAnnotation", Severity.ERROR,
      "metric %s is annotated @Metric but is built from other metrics (%s); annotate it @Derived"),
  DERIVED_AGGREGATES("GrainlineMetricAnnotation", Severity.ERROR,
      "metric %s is annotated @Derived but aggregates columns itself (%s); annotate it @Metric, or declare the"
          + " aggregate as a metric of its own and use that"),
  BOTH_METRIC_ANNOTATIONS("GrainlineMetricAnnotation", Severity.ERROR,
      "%s is annotated both @Metric and @Derived; a metric is one or the other"),
  METRIC_ANNOTATION_TARGET("GrainlineMetricAnnotation", Severity.ERROR,
      "%s on %s, which declares no metric; only metric fields take @Metric or @Derived"),
  MIXED_FACTS("GrainlineMixedFacts", Severity.ERROR,
      "%s reads rows of %s; an aggregate reads the rows of one fact, so combine metrics of different facts instead"),

  // --- time ------------------------------------------------------------------------------------------------------
  WINDOW_OFFSET("GrainlineWindowOffset", Severity.ERROR, "%s: the %s is a positive constant, not %s"),
  WINDOW_OFFSET_FIELD("GrainlineWindowOffset", Severity.ERROR,
      "%s: the %s is a positive constant, not %s, whose value comes from %s = %s; initialise %s with a literal or a"
          + " constant expression"),
  PERIOD_DATE("GrainlinePeriodDate", Severity.ERROR,
      "attribute %s: periodOf needs a date or timestamp of %s, not %s"),
  NOT_TIME_ATTRIBUTE("GrainlineNotTimeAttribute", Severity.ERROR,
      "%s is over %s, which is not a time attribute; use a date attribute, a timestamp truncatedTo a grain, or a"
          + " calendar attribute declared with periodOf%s"),
  WINDOW_UNREACHABLE("GrainlineWindowUnreachable", Severity.ERROR,
      "%s is over %s, which %s (read by %s) does not reach"),
  WINDOW_UNKNOWN_ROLE("GrainlineWindowUnreachable", Severity.ERROR,
      "%s is over %s, which %s (read by %s) does not reach as %s; it reaches it only %s%s"),
  WINDOW_AMBIGUOUS_PATH("GrainlineWindowUnreachable", Severity.ERROR,
      "%s is over %s, which %s (read by %s) does not reach unambiguously: it reaches it %s; name the role, as in %s"),
  SNAPSHOT_ENTITY("GrainlineSnapshotEntity", Severity.ERROR,
      "%s is per %s, which %s does not reach; it links to %s%s"),
  SNAPSHOT_ENTITY_KEY("GrainlineSnapshotEntity", Severity.ERROR,
      "%s is per %s, which is not a key of %s: an entity is named by its key, %s"),
  SNAPSHOT_WINDOW("GrainlineSnapshotWindow", Severity.ERROR,
      "%s: %s reads several periods of %s, a semi-additive measure, whose snapshots of different times do not add"
          + " up; a window reads it one period at a time (lag, lead)"),
  NESTED_WINDOW_IN_FORMULA("GrainlineNestedWindow", Severity.ERROR,
      "%s: a multi-period window can hold another window only directly, as in trailing(lag(m).over(day), 7, DAYS);"
          + " here the inner window is part of a larger formula"),
  NESTED_WINDOW_UNDEFINED("GrainlineNestedWindow", Severity.ERROR,
      "%s: %s of %s is undefined: a window is recomputed from the rows of its periods, and a set of overlapping"
          + " windows is not one set of periods"),
  NESTED_WINDOW_AXES("GrainlineNestedWindow", Severity.ERROR,
      "%s: a window over %s cannot hold a window over %s; nest windows over the same time attribute"),
  TRAILING_UNIT("GrainlineWindowUnit", Severity.ERROR,
      "%s: a trailing window counts %s, finer than the %s periods of %s; count %s or a coarser unit"),
  TO_DATE_GRAIN("GrainlineWindowUnit", Severity.ERROR,
      "%s: a %s-to-date window over %s periods (%s) has no meaning: every %s must lie inside one %s; use a coarser"
          + " to-date grain or a finer time attribute"),
  NON_DECOMPOSABLE("GrainlineNonDecomposable", Severity.ERROR,
      "%s evaluates %s in other periods from per-period parts, but %s cannot be combined from parts; window a"
          + " metric built from sums, counts, averages, variances, minima, maxima or distinct counts"),

  // --- the metric graph ------------------------------------------------------------------------------------------
  CYCLE("GrainlineCycle", Severity.ERROR, "%s depends on itself:\n    %s"),
  CYCLE_ENDLESS("GrainlineCycle", Severity.ERROR,
      "%s depends on itself: definitions refer to each other without end"),
  CYCLE_IN_DEFINITION("GrainlineCycle", Severity.ERROR, "%s depends on itself: %s is used while it is being defined"),
  NO_SHARED_DIMENSION("GrainlineNoSharedDimension", Severity.ERROR,
      "metric %s combines %s, which share no dimension; metrics of different facts are joined on shared dimensions"),
  FAN_OUT("GrainlineFanOut", Severity.WARNING,
      "%s: %s is %s, so %s may count rows of %s more than once when grouped through it"),

  // --- references to dimensions and metrics (named queries at compile time, name-based queries at run time) ----
  UNKNOWN_REFERENCE("GrainlineUnknownReference", Severity.ERROR, "%s: no such %s%s"),
  UNDECLARED_ATTRIBUTE("GrainlineUnknownReference", Severity.ERROR,
      "%s: no such declared attribute; declare the attribute as a field of its entity"),
  UNREACHABLE("GrainlineNoJoinPath", Severity.ERROR, "%s is not reachable from %s (needed by %s)"),
  AMBIGUOUS_PATH("GrainlineAmbiguousJoinPath", Severity.ERROR,
      "%s is reachable from %s only %s; name the role path, as in %s"),
  UNKNOWN_ROLE("GrainlineUnknownRole", Severity.ERROR, "%s: %s reaches %s only %s%s"),
  ENTITY_ATTRIBUTE_FACT("GrainlineEntityAttribute", Severity.ERROR,
      "%s reads no column, so its rows are those of the one fact that links to %s, but %s: aggregate a column of"
          + " the fact, as perEntity(count(Orders.ORDER_ID))"),
  ENTITY_ATTRIBUTE_UNREACHABLE("GrainlineEntityAttribute", Severity.ERROR,
      "attribute %s is %s, but %s reaches %s over no path%s whose last link targets %s's key: a derived attribute"
          + " aggregates the rows of a fact that links to its dimension"),
  ENTITY_ATTRIBUTE_AMBIGUOUS("GrainlineEntityAttribute", Severity.ERROR,
      "attribute %s is %s, but %s reaches %s over several paths (%s): name the roles of one with .via(...)"),
  ENTITY_ATTRIBUTE_PLACE("GrainlineEntityAttribute", Severity.ERROR,
      "%s uses %s: perEntity(...) is an attribute of a @Dimension, the measure over the rows of a fact that link to"
          + " one of its rows; %s"),
  ENTITY_ATTRIBUTE_NESTED("GrainlineEntityAttribute", Severity.ERROR,
      "attribute %s is %s, whose measure reads %s, itself a derived attribute: a derived attribute aggregates the"
          + " fact's own values, not other derived attributes"),
  UNKNOWN_FACT("GrainlineUnknownFact", Severity.ERROR,
      "%s reads no column, so the fact it counts is unknown; declare it in the fact's class"),

  // --- queries ---------------------------------------------------------------------------------------------------
  EMPTY_QUERY("GrainlineEmptyQuery", Severity.ERROR, "%s requests no metric"),
  DUPLICATE_REQUEST("GrainlineDuplicateRequest", Severity.ERROR, "%s is requested twice"),
  WHERE_METRIC("GrainlineFilterLevel", Severity.ERROR,
      "%s: the where filter applies to rows before aggregation, so it cannot use a metric; use having"),
  WHERE_AGGREGATE("GrainlineFilterLevel", Severity.ERROR,
      "%s: the where filter applies to rows before aggregation, so it cannot aggregate"),
  WHERE_COLUMN("GrainlineFilterLevel", Severity.ERROR, "%s: filters refer to attributes, not to table columns"),
  HAVING_AGGREGATE("GrainlineFilterLevel", Severity.ERROR,
      "%s: the having filter uses metrics by name, not inline aggregates"),
  HAVING_COLUMN("GrainlineFilterLevel", Severity.ERROR,
      "%s: filters refer to metrics and attributes, not to table columns"),
  HAVING_DIMENSION("GrainlineFilterLevel", Severity.ERROR,
      "%s: the having filter applies to result rows, so it can only use requested dimensions; filter on %s with"
          + " where"),
  ORDER_BY("GrainlineOrderBy", Severity.ERROR,
      "ORDER BY %s is not a requested metric or dimension; use one of %s"),
  GAP_FILL_NO_TIME("GrainlineGapFill", Severity.ERROR,
      "filling gaps needs a time attribute among the dimensions (a date, a truncated timestamp or a calendar period"
          + " such as v3.date.week)"),
  GAP_FILL_BOUND("GrainlineGapFill", Severity.ERROR, "the range of filled periods is two dates, not %s"),
  GAP_FILL_RANGE("GrainlineGapFill", Severity.ERROR,
      "fillGaps(%s, %s): the range of filled periods ends before it starts"),
  WINDOW_GRAIN("GrainlineWindowGrain", Severity.ERROR,
      "%s compares %s periods of %s; group by %s or a finer time attribute of its calendar"),
  WINDOW_GRAIN_REFUSED("GrainlineWindowGrain", Severity.ERROR,
      "%s compares %s periods of %s; group by %s or a finer time attribute of its calendar (%s %s not a grain it is"
          + " defined at)"),
  WINDOW_GRAIN_CUT("GrainlineWindowGrain", Severity.ERROR,
      "%s compares %s periods of %s; shown by %s, it is the value at the end of each %s, which %s could cut short;"
          + " filter whole %s or group by a finer time attribute"),
  WINDOW_FILTER("GrainlineWindowFilter", Severity.ERROR,
      "%s mixes %s with other dimensions in one condition, so it cannot be split into the rows shown and the"
          + " periods %s reads; write the time condition as its own AND-ed condition"),

  // --- query text ------------------------------------------------------------------------------------------------
  SYNTAX_EXPECTED("GrainlineFilterSyntax", Severity.ERROR, "expected %s, found %s"),
  SYNTAX_UNMATCHED_PARENTHESIS("GrainlineFilterSyntax", Severity.ERROR, "unexpected ')' at column %d"),
  SYNTAX_EMPTY_IN_LIST("GrainlineFilterSyntax", Severity.ERROR, "an IN list needs at least one value"),
  SYNTAX_NULL_EQUALS("GrainlineFilterSyntax", Severity.ERROR,
      "NULL is not a value; write 'IS NULL' instead of '= NULL'"),
  SYNTAX_NULL_NOT_EQUALS("GrainlineFilterSyntax", Severity.ERROR,
      "NULL is not a value; write 'IS NOT NULL' instead of '%s NULL'"),
  SYNTAX_NULL_VALUE("GrainlineFilterSyntax", Severity.ERROR,
      "NULL is not a value; test for it with IS NULL or IS NOT NULL"),
  SYNTAX_TOO_DEEP("GrainlineFilterTooDeep", Severity.ERROR, "the filter nests deeper than %d levels"),
  SYNTAX_TOO_LONG("GrainlineInputTooLarge", Severity.ERROR,
      "a filter is at most %d characters long, this one has %d"),
  SYNTAX_NAME_AFTER("GrainlineFilterSyntax", Severity.ERROR, "expected a name after '%s', found %s"),
  SYNTAX_NOT_A_NUMBER("GrainlineFilterSyntax", Severity.ERROR, "'%s' is not a number"),
  SYNTAX_UNTERMINATED_STRING("GrainlineFilterSyntax", Severity.ERROR,
      "unterminated string starting at column %d"),
  SYNTAX_DOUBLE_EQUALS("GrainlineFilterSyntax", Severity.ERROR, "'==' is not an operator; write '=' to compare"),
  SYNTAX_EXCLAMATION_MARK("GrainlineFilterSyntax", Severity.ERROR,
      "unexpected '!' at column %d; write '!=' or '<>' for not equal, NOT to negate"),
  SYNTAX_DOUBLE_QUOTE("GrainlineFilterSyntax", Severity.ERROR,
      "unexpected '\"' at column %d; strings are in single quotes, as in 'Books'"),
  SYNTAX_CHARACTER("GrainlineFilterSyntax", Severity.ERROR, "unexpected character %s at column %d"),
  SYNTAX_DOUBLE_RANGE("GrainlineFilterSyntax", Severity.ERROR, "%s is out of range for a double"),
  SYNTAX_INTEGER_RANGE("GrainlineFilterSyntax", Severity.ERROR, "%s is %s (write %s.0 for a decimal)"),
  SYNTAX_DATE("GrainlineFilterSyntax", Severity.ERROR, "%s is not a date (%s)"),
  SYNTAX_TIMESTAMP("GrainlineFilterSyntax", Severity.ERROR, "%s is not a timestamp (%s)"),
  SYNTAX_METRIC_ROLE("GrainlineFilterSyntax", Severity.ERROR, "%s is a metric, and metrics have no role paths"),
  SYNTAX_METRIC_AS_DIMENSION("GrainlineFilterSyntax", Severity.ERROR, "%s is a metric, not a dimension"),
  SYNTAX_ROLE_NAME("GrainlineFilterSyntax", Severity.ERROR, "expected a role name after %s, found %s"),

  // --- issue 8: obs -- arguments the runtime's API cannot take (one id, as a limit and an empty IN list have) ------
  ARGUMENT_NULL("GrainlineInvalidValue", Severity.ERROR, "%s: %s must not be null"),
  ARGUMENT_EMPTY("GrainlineInvalidValue", Severity.ERROR, "%s: %s must not be empty"),
  ARGUMENT_TWICE("GrainlineInvalidValue", Severity.ERROR, "%s: %s %s is given twice"),
  ARGUMENT_NEGATIVE("GrainlineInvalidValue", Severity.ERROR, "%s: %s is %d; it must not be negative"),
  ARGUMENT_NOT_POSITIVE("GrainlineInvalidValue", Severity.ERROR, "%s: %s is %d; it must be at least 1"),
  LAYER_WITHOUT_DATABASE("GrainlineInvalidValue", Severity.ERROR,
      "build(): a layer needs a data source, a dialect, or both"),
  UNKNOWN_COLUMN("GrainlineInvalidValue", Severity.ERROR, "%s is not a column of this result; its columns are %s"),
  NOT_DECLARED_FROM_CLASSES("GrainlineInvalidValue", Severity.ERROR,
      "include(): model %s was not declared from its classes, so it cannot be included"),
  COLUMN_INDEX("GrainlineInvalidValue", Severity.ERROR, "column %d: this result has columns 0 to %d"),
  COLUMN_JAVA_TYPE("GrainlineInvalidValue", Severity.ERROR,
      "%s holds %s values, not %s; declare its reference with %s.class"),

  // issue 8: named — parameters of named queries, at compile time (the definition) and at run time (the call)
  PARAM_NAME("GrainlineParamName", Severity.ERROR,
      "param(\"%s\"): a parameter's name is an identifier (letters, digits and _, not starting with a digit), such as"
          + " \"year\" or \"start_date\""),
  PARAM_CLASS("GrainlineParamType", Severity.ERROR,
      "param(\"%s\", %s.class): a parameter is of a model value type: Integer, Long, Double, BigDecimal, String,"
          + " Boolean, LocalDate or LocalDateTime"),
  PARAM_TYPE("GrainlineParamType", Severity.ERROR,
      "%s: parameter %s is %s, but %s is %s; declare it param(\"%s\", %s.class)"),
  PARAM_CONFLICT("GrainlineParamType", Severity.ERROR,
      "%s: parameter %s is %s here but %s where it is used first; a name stands for one parameter of one type"),
  PARAM_OUTSIDE_QUERY("GrainlineParamPlace", Severity.ERROR,
      "%s: a parameter gets its value when a named query runs, so it may be used only in the where and having"
          + " conditions of a named query"),
  PARAM_MISSING("GrainlineParamMissing", Severity.ERROR,
      "named query %s needs a value for parameter %s (%s); give it with bind(\"%s\", value)"),
  PARAM_NULL("GrainlineParamValue", Severity.ERROR,
      "parameter %s of named query %s is NULL, which is not a value; a condition tests for NULL with isNull()"),
  PARAM_VALUE("GrainlineParamValue", Severity.ERROR,
      "parameter %s of named query %s takes %s values, not %s (%s)"),

  // issue 8: depth — bounds on the size and depth of what queries and definitions may contain, checked before any
  // stage whose time or stack grows with them
  INPUT_NAME_TOO_LONG("GrainlineInputTooLarge", Severity.ERROR,
      "a %s is at most %,d characters long, this one has %,d (%s...)"),
  INPUT_TEXT_TOO_LONG("GrainlineInputTooLarge", Severity.ERROR,
      "an ORDER BY list is at most %,d characters long, this one has %,d"),
  INPUT_TOO_MANY("GrainlineInputTooLarge", Severity.ERROR, "a query has at most %,d %s, this one has %,d"),
  CONJUNCTION_TOO_WIDE("GrainlineInputTooLarge", Severity.ERROR,
      "the %s ANDs %,d conditions; one conjunction joins at most %,d (a list of values is in(...) or notIn(...))"),
  FILTER_TOO_DEEP("GrainlineFilterTooDeep", Severity.ERROR,
      "the %s nests %,d levels deep; at most %,d are allowed (a chain of ANDs, ORs, + or * is one level)"),
  DEFINITION_TOO_DEEP("GrainlineDefinitionTooDeep", Severity.ERROR,
      "%s nests %,d levels deep; at most %,d are allowed (a chain of ANDs, ORs, + or * is one level)"),

  // --- the model against a database schema (SemanticLayer.verifySchema at run time, DDL files at compile time) --
  SCHEMA_TABLE("GrainlineSchemaTable", Severity.ERROR, "table %s is not in the database%s (read by %s)%s"),
  SCHEMA_TABLE_NO_SCHEMA("GrainlineSchemaTable", Severity.ERROR,
      "table %s is not in the database%s (read by %s); the database has no schema %s"),
  SCHEMA_COLUMN("GrainlineSchemaColumn", Severity.ERROR,
      "column %s is not in the database's table %s (read by %s)%s"),
  SCHEMA_TYPE("GrainlineSchemaType", Severity.ERROR,
      "column %s of %s is declared with %s but the database's column is %s (read by %s); %s"),
  DDL_FILE("GrainlineDdlFile", Severity.ERROR, "cannot read DDL file %s (named by -Agrainline.ddl): %s"),
  DDL_STATEMENT("GrainlineDdlStatement", Severity.ERROR,
      "%s: jOOQ cannot interpret %s: %s; fence statements that only the database needs with"
          + " /* [jooq ignore start] */ and /* [jooq ignore stop] */"),
  DDL_DIALECT("GrainlineDdlDialect", Severity.ERROR,
      "-Agrainline.ddl.dialect=%s: DDL files are read as postgres (the default) or duckdb"),

  // issue 8: edge -- values every engine compares alike, and results that fit the model's types
  DECIMAL_RANGE("GrainlineValueRange", Severity.ERROR,
      "decimal %s has %d digits before the point and %d after it; a decimal value has at most %d and %d"
          + " (DECIMAL(38,18), the widest decimal every engine compares exactly)"),
  DATE_RANGE("GrainlineValueRange", Severity.ERROR,
      "%s %s is outside the years %d to %d, the dates every engine represents alike"),
  TIMESTAMP_PRECISION("GrainlineValueRange", Severity.ERROR,
      "timestamp %s is finer than a microsecond, which engines round differently; truncate it to microseconds"),
  TEXT_NUL("GrainlineValueRange", Severity.ERROR,
      "text value %s holds a NUL character (U+0000) at index %d, which PostgreSQL cannot store"),
  LIKE_TRAILING_ESCAPE("GrainlineValueRange", Severity.ERROR,
      "LIKE pattern %s ends with the escape character \\; write \\\\ to match a backslash"),
  TOO_MANY_VALUES("GrainlineTooManyValues", Severity.ERROR,
      "the query binds %d values; a query binds at most %d (PostgreSQL's limit per statement, kept on every"
          + " engine), so filter on a dimension instead of listing its values"),
  GAP_FILL_PERIODS("GrainlineGapFill", Severity.ERROR,
      "fillGaps(%s, %s): the range spans %d days; at most %d days are filled"),
  OVERFLOW("GrainlineOverflow", Severity.ERROR, "a value is out of range of its type: %s"),
  RESULT_OVERFLOW("GrainlineOverflow", Severity.ERROR, "%s is %s in row %d, beyond the range of %s values"),
  NOT_FINITE("GrainlineOverflow", Severity.ERROR,
      "%s is %s in row %d; a double result is a finite number (it overflowed, or the database holds %s)"),
  RESULT_TYPE("GrainlineResultType", Severity.ERROR,
      "%s is %s in row %d, which is no %s value; the database's column is not of the declared type"
          + " (verifySchema() reports it)"),

  // --- the database ----------------------------------------------------------------------------------------------
  QUERY_FAILED("GrainlineQueryFailed", Severity.ERROR, "the database rejected the query: %s"),
  JSON_VALUE("GrainlineJsonValue", Severity.ERROR,
      "%s is read as %s, and a row holds %s; fix the data, or read it with %s"),
  // issue 8: time (SemanticLayer.Builder.queryTimeout, MetricQuery.timeout, fetchAsync, Thread.interrupt)
  TIMEOUT_VALUE("GrainlineInvalidValue", Severity.ERROR, "%s(%s): a timeout is a positive duration"),
  QUERY_TIMEOUT("GrainlineQueryTimeout", Severity.ERROR,
      "the query did not finish within %s (%s); it was cancelled"),
  CONNECT_TIMEOUT("GrainlineQueryTimeout", Severity.ERROR,
      "the query did not finish within %s (%s): the data source gave no connection in that time"),
  METADATA_TIMEOUT("GrainlineQueryTimeout", Severity.ERROR,
      "reading the database's metadata did not finish within %s (%s); it was cancelled"),
  QUERY_INTERRUPTED("GrainlineQueryCancelled", Severity.ERROR,
      "the query was cancelled: the thread waiting for it was interrupted"),
  QUERY_CANCELLED("GrainlineQueryCancelled", Severity.ERROR,
      "the query was cancelled: the future of fetchAsync was cancelled or completed"),
  DATABASE_UNAVAILABLE("GrainlineDatabaseUnavailable", Severity.ERROR, "cannot reach the database: %s");

  private final String id;
  private final Severity severity;
  private final String template;

  Message(String id, Severity severity, String template) {
    this.id = id;
    this.severity = severity;
    this.template = template;
  }

  /** The stable id, without brackets: "GrainlineCycle". */
  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public String template() {
    return template;
  }

  /** "[GrainlineCycle] metric v3.a depends on itself: ..." */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(Locale.ROOT, template, args);
  }

  /** This message as the one error of a {@link DefinitionException}: a DSL call that cannot accept its arguments. */
  public DefinitionException definitionError(Object... args) {
    return new DefinitionException(List.of(new DefinitionError(id, format(args), Optional.empty())));
  }

  /** This message as the one error of a {@link QueryException}: a query value that cannot be accepted. */
  public QueryException queryError(Object... args) {
    return new QueryException(List.of(new QueryError(id, format(args), Optional.empty())));
  }

  /** This message as a {@link DatabaseException} caused by what the driver threw. */
  public DatabaseException databaseError(Throwable cause, Object... args) {
    return new DatabaseException(id, format(args), cause);
  }

  public enum Severity {
    ERROR,
    WARNING,
    /** Not a problem of its own: where the definition an error or warning refers to is (the first of a duplicate). */
    NOTE
  }
}
