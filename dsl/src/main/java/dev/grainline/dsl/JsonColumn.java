package dev.grainline.dsl;

import java.math.BigDecimal;

/**
 * A JSON document column ({@link Table#jsonCol}), or a path into one ({@link #path}): read only through typed
 * values and key tests. It is not a {@link Column}, so a document cannot be grouped by, compared or aggregated;
 * what can is a typed value of it, {@code PROPERTIES.path("currency").asText()}, which is a column like any other
 * (an attribute over it is filtered in text queries as {@code where("shop.events.currency = 'USD'")}).
 *
 * <p>Keys are letters, digits and underscores, not starting with a digit ({@code [A-Za-z_][A-Za-z0-9_]*}); any
 * other key is {@code [GrainlineJsonPath]}, reported at the call that names it.
 *
 * <p><b>Typed values.</b> A typed value ({@link #asInt()} ... {@link #asBoolean()}) at a path is:
 * <ul>
 *   <li>NULL where a key of the path is absent or holds JSON {@code null} (and where the path goes through a value
 *       that is not an object);</li>
 *   <li>the value where the JSON value is of the declared kind: for {@code asInt()} and {@code asLong()} an integer
 *       ({@code 12}, {@code -3}), for {@code asDouble()} and {@code asDecimal()} a number ({@code 12.5},
 *       {@code 1e3}), for {@code asBoolean()} {@code true} or {@code false}; a JSON string whose content is such a
 *       value reads as it ({@code "123"} is 123 for {@code asInt()}, as PostgreSQL's {@code ->>} reads it);</li>
 *   <li>otherwise a <b>query error</b>, {@code [GrainlineJsonValue]}, naming the property and the value (text where
 *       an integer is declared, a fraction for {@code asInt()}, a boolean for a number, an object, an array): never
 *       NULL, because a NULL would silently leave the row out of a sum. An integer beyond the declared type's range
 *       is {@code [GrainlineOverflow]}.</li>
 * </ul>
 * {@link #asText()} reads any scalar as text (a string's content, a number's or boolean's JSON text) and is NULL
 * for an object or an array, which are not text values; how engines write a number's text differs
 * ({@code 1.50} may read as {@code "1.5"}), so compare numbers as numbers. A query's {@code where} removes rows
 * before any value is read (unless it reads that path itself: an engine evaluates a where's conditions in the order
 * it chooses); an aggregate's {@code filter} may not (an engine may read a value before it filters), so a bad value
 * in a row only a measure's filter excludes may still fail the query.
 */
public interface JsonColumn {
  /** The value at {@code keys} below this path: {@code PROPERTIES.path("context", "campaign")}. Paths nest. */
  JsonColumn path(String... keys);

  /**
   * Whether the key path {@code keys} below this path exists: each key in the object the path leads to. A key that
   * holds JSON {@code null} exists; a path through a string, number or array does not.
   */
  Condition has(String... keys);

  /** The integer at this path (see the class comment for NULL and for values of another kind). */
  Column<Integer> asInt();

  /** The integer at this path, as a long. */
  Column<Long> asLong();

  /** The number at this path, as a double. */
  Column<Double> asDouble();

  /** The number at this path, as a decimal. */
  Column<BigDecimal> asDecimal();

  /** The scalar at this path as text; NULL for an object or an array. */
  Column<String> asText();

  /** The boolean at this path ({@code true} or {@code false}). */
  Column<Boolean> asBoolean();

  /**
   * The value at this path, by its Java class: Integer, Long, Double, BigDecimal, String or Boolean; any other class
   * is {@code [GrainlineJsonType]}.
   */
  <T> Column<T> as(Class<T> type);
}
