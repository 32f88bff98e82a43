package dev.grainline.runtime;

import java.util.Map;

/**
 * A query declared in the model, by its namespaced name ({@code v3.revenue_by_category}), with values for its
 * parameters. Every call with new values shares one plan. Immutable: {@link #bind} returns a new query.
 *
 * <pre>{@code
 * Result rows = layer.named("v3.revenue_by_category_in_year").bind("year", 2024).fetch();
 * }</pre>
 */
public interface NamedMetricQuery extends MetricQuery {
  /** The namespaced name of the query. */
  String name();

  /** Its parameters, in the order the catalog's method takes them, each with the Java type of its values. */
  Map<String, Class<?>> parameters();

  /**
   * This query with {@code value} for the parameter {@code parameter} (replacing a value bound before). The value is
   * of the parameter's Java type, or an integer where the parameter is a number that holds it exactly (a
   * {@code Long}, a {@code BigDecimal}, a {@code Double} up to 2^53).
   *
   * @throws dev.grainline.QueryException {@code [GrainlineUnknownReference]} if the query has no such parameter,
   *     {@code [GrainlineParamValue]} if the value is NULL or of another type
   */
  NamedMetricQuery bind(String parameter, Object value);
}
