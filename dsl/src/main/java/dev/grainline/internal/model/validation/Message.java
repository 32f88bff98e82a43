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
 * problem, and several templates may share it (a limit and an empty IN list are both invalid values). Templates are short, name
 * the offending thing first and end with a suggestion where there is one.
 */
public enum Message {
  // --- the build environment and the processor ---------------------------------------------------------------
  NEEDS_JAVAC("GrainlineNeedsJavac", Severity.ERROR,
      "Grainline reads definitions through javac's Compiler Tree API, which this compiler (%s) does not provide;"
          + " build with javac (Maven, Gradle), or let the IDE delegate its build to Maven or Gradle"),
  UNSUPPORTED_SYNTAX("GrainlineUnsupportedSyntax", Severity.ERROR,
      "%s: a definition may only call the Grainline DSL and use constants and literals"),
  DEFINITION_FAILED("GrainlineDefinitionFailed", Severity.ERROR, "%s failed: %s"),
  NOT_IN_MODEL("GrainlineNoModel", Severity.ERROR,
      "%s is not part of a semantic model: annotate package %s with @SemanticModel"),
  PRIVATE_MEMBER("GrainlinePrivateMember", Severity.ERROR,
      "%s is private; the generated catalog reads definitions directly, so make it package-private or public"),
  DECLARED_TYPE("GrainlineDeclaredType", Severity.ERROR, "%s is declared %s but its definition yields %s"),
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
  INVALID_VALUE("GrainlineInvalidValue", Severity.ERROR, "%s: %s"),

  // --- entities, attributes, links -------------------------------------------------------------------------------
  DUPLICATE_NAME("GrainlineDuplicateName", Severity.ERROR, "%s %s is defined twice: by %s and by %s"),
  SOURCE("GrainlineSource", Severity.ERROR,
      "%s needs exactly one source, a Source field built with from(table), or a single Table field; found %s"),
  DIMENSION_SOURCE("GrainlineDimensionSource", Severity.ERROR,
      "dimension %s reads %d tables; a dimension reads one table, so that joining it never drops or repeats rows"),
  FOREIGN_COLUMN("GrainlineForeignColumn", Severity.ERROR, "%s reads %s, which is not part of %s"),
  COLUMN_TYPE("GrainlineColumnType", Severity.ERROR, "column %s is declared %s here but %s by %s"),
  DIMENSION_KEY("GrainlineDimensionKey", Severity.ERROR,
      "dimension %s declares no key; mark its primary key attributes with key(...)"),
  LINK_TARGET("GrainlineLinkTarget", Severity.ERROR, "link %s must target the key of %s (%s), not %s"),
  LINK_TARGET_NOT_DIMENSION("GrainlineLinkTarget", Severity.ERROR,
      "link %s targets %s, but %s is not annotated @Dimension; a link targets the key of a dimension of the model"),
  LINK_ARITY("GrainlineLinkArity", Severity.ERROR, "link %s joins %d columns to %d key attributes of %s"),
  AMBIGUOUS_LINKS("GrainlineAmbiguousLinks", Severity.ERROR,
      "%s links to %s more than once %s (%s); give each link its own role"),

  // --- expressions -----------------------------------------------------------------------------------------------
  TYPE_MISMATCH("GrainlineTypeMismatch", Severity.ERROR, "%s: %s"),
  NESTED_AGGREGATE("GrainlineNestedAggregate", Severity.ERROR,
      "%s: an aggregate cannot contain another aggregate (%s)"),
  UNAGGREGATED_COLUMN("GrainlineUnaggregatedColumn", Severity.ERROR,
      "metric %s uses %s outside an aggregate; aggregate it, for example max(%s)"),
  AGGREGATE_IN_ROW("GrainlineAggregateInRowExpression", Severity.ERROR,
      "%s is evaluated row by row but contains the aggregate %s"),
  MIXED_FACTS("GrainlineMixedFacts", Severity.ERROR,
      "%s reads rows of %s; an aggregate reads the rows of one fact, so combine metrics of different facts instead"),

  // --- time ------------------------------------------------------------------------------------------------------
  WINDOW_OFFSET("GrainlineWindowOffset", Severity.ERROR, "%s: the %s is a positive constant, not %s"),
  PERIOD_DATE("GrainlinePeriodDate", Severity.ERROR,
      "attribute %s: periodOf needs a date or timestamp of %s, not %s"),
  NOT_TIME_ATTRIBUTE("GrainlineNotTimeAttribute", Severity.ERROR,
      "%s is over %s, which is not a time attribute; use a date attribute, a timestamp truncatedTo a grain, or a"
          + " calendar attribute declared with periodOf%s"),
  WINDOW_UNREACHABLE("GrainlineWindowUnreachable", Severity.ERROR,
      "%s is over %s, which %s (read by %s) does not reach%s"),
  NESTED_WINDOW("GrainlineNestedWindow", Severity.ERROR, "%s: %s"),
  WINDOW_UNIT("GrainlineWindowUnit", Severity.ERROR, "%s: %s"),
  NON_DECOMPOSABLE("GrainlineNonDecomposable", Severity.ERROR,
      "%s evaluates %s in other periods from per-period parts, but %s cannot be combined from parts; window a"
          + " metric built from sums, counts, averages, variances, minima, maxima or distinct counts"),

  // --- the metric graph ------------------------------------------------------------------------------------------
  CYCLE("GrainlineCycle", Severity.ERROR, "%s depends on itself:\n    %s"),
  NO_SHARED_DIMENSION("GrainlineNoSharedDimension", Severity.ERROR,
      "metric %s combines %s, which share no dimension; metrics of different facts are joined on shared dimensions"),
  FAN_OUT("GrainlineFanOut", Severity.WARNING,
      "%s: %s is %s, so %s may count rows of %s more than once when grouped through it"),

  // --- references to dimensions and metrics (named queries at compile time, name-based queries at run time) ----
  UNKNOWN_REFERENCE("GrainlineUnknownReference", Severity.ERROR, "%s: no such %s%s"),
  UNREACHABLE("GrainlineNoJoinPath", Severity.ERROR, "%s is not reachable from %s%s"),
  AMBIGUOUS_PATH("GrainlineAmbiguousJoinPath", Severity.ERROR,
      "%s is reachable from %s only as %s; name the role path, as in %s"),
  UNKNOWN_ROLE("GrainlineUnknownRole", Severity.ERROR, "%s: %s reaches %s only as %s%s"),
  UNKNOWN_FACT("GrainlineUnknownFact", Severity.ERROR,
      "%s reads no column, so the fact it counts is unknown; declare it in the fact's class"),

  // --- queries ---------------------------------------------------------------------------------------------------
  EMPTY_QUERY("GrainlineEmptyQuery", Severity.ERROR, "%s requests no metric"),
  DUPLICATE_REQUEST("GrainlineDuplicateRequest", Severity.ERROR, "%s is requested twice"),
  FILTER_LEVEL("GrainlineFilterLevel", Severity.ERROR, "%s: %s"),
  ORDER_BY("GrainlineOrderBy", Severity.ERROR,
      "ORDER BY %s is not a requested metric or dimension; use one of %s"),
  FILTER_SYNTAX("GrainlineFilterSyntax", Severity.ERROR, "%s"),
  GAP_FILL("GrainlineGapFill", Severity.ERROR, "%s"),
  WINDOW_GRAIN("GrainlineWindowGrain", Severity.ERROR, "%s compares %s periods of %s; %s"),
  WINDOW_FILTER("GrainlineWindowFilter", Severity.ERROR,
      "%s mixes %s with other dimensions in one condition, so it cannot be split into the rows shown and the"
          + " periods %s reads; write the time condition as its own AND-ed condition"),
  LIMIT("GrainlineInvalidValue", Severity.ERROR, "limit %d: a limit is at least 1"),
  EMPTY_IN_LIST("GrainlineInvalidValue", Severity.ERROR, "%s needs at least one value"),
  GAP_FILL_RANGE("GrainlineGapFill", Severity.ERROR,
      "fillGaps(%s, %s): the range of filled periods ends before it starts"),
  OFFSET_TIME_ZONE("GrainlineInvalidValue", Severity.ERROR,
      "inTimeZone(%s): name a region time zone such as Europe/Berlin, not a UTC offset, which engines read with the"
          + " opposite sign"),
  QUERY_FAILED("GrainlineQueryFailed", Severity.ERROR, "the database rejected the query: %s"),
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
    WARNING
  }
}
