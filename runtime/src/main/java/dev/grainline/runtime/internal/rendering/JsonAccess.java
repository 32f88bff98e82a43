package dev.grainline.runtime.internal.rendering;

import dev.grainline.internal.model.expr.Node.JsonValue;
import dev.grainline.runtime.Dialect;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Typed reads of a JSON document ({@code jsonCol}), the same on every engine. Every typed read goes through one text
 * step <i>T</i>: NULL for an absent key and for JSON null, a string's content, a number's or boolean's JSON text, an
 * object's or array's JSON text. {@code asText()} is <i>T</i> of a scalar (NULL for objects and arrays); every other
 * type is <i>T</i> guarded by the pattern of its kind and then cast:
 *
 * <pre>cast(case when T is null or T ~ 'pattern' then trim(T)
 *           else '[GrainlineJsonValue] shop.events.properties.amount as integer: ' || T || ' [GrainlineJsonValue]'
 *      end as integer)</pre>
 *
 * <p>The guard, not the engines' casts, decides what a value of the declared type is, because the casts disagree
 * (DuckDB rounds {@code '12.5'} to the integer 13, PostgreSQL fails). A value of another kind becomes the marker
 * text, whose cast fails with each engine's conversion error; the error's message holds the marker, which
 * {@code EngineErrors.jsonValue} reads back as {@code [GrainlineJsonValue]}. The cast wraps the CASE, so no planner
 * folds it into a constant that fails at plan time.
 *
 * <p>Keys are identifiers (the DSL checks them), so they are inlined as definition constants in every engine's
 * path syntax. No form uses PostgreSQL's {@code ?} operator: every statement is a PreparedStatement, where a
 * {@code ?} is a bind value's place.
 */
final class JsonAccess {
  /** What the error reads back; the marker ends the value too, so that a value holding spaces reads whole. */
  static final String MARKER = "[GrainlineJsonValue]";
  /** An integer: what {@code asInt()} and {@code asLong()} read (spaces around it allowed, trimmed for the cast). */
  private static final String INTEGER = "^ *-{0,1}[0-9]+ *$";
  /**
   * A decimal number (no exponent: engines write {@code 1e3} differently, {@code 1000} or {@code 1000.0}). The
   * patterns say {@code {0,1}}, not {@code ?}: a {@code ?} in the SQL text is a bind value's place to a reader.
   */
  private static final String DECIMAL = "^ *-{0,1}[0-9]+([.][0-9]+){0,1} *$";
  /** A JSON number: what {@code asDouble()} reads. */
  private static final String NUMBER = "^ *-{0,1}[0-9]+([.][0-9]+){0,1}([eE][+-]{0,1}[0-9]+){0,1} *$";

  private JsonAccess() {}

  /** The value at the path, as its type, or the marker's failure for a value of another kind. */
  static Field<?> value(Dialect dialect, Field<?> document, JsonValue value) {
    List<String> path = value.path();
    return switch (value.type()) {
      case TEXT -> scalarText(dialect, document, path);
      case INTEGER, BIGINT -> guarded(dialect, document, value, matches(dialect, text(dialect, document, path),
          INTEGER));
      case DECIMAL -> guarded(dialect, document, value, matches(dialect, text(dialect, document, path), DECIMAL));
      case DOUBLE -> guarded(dialect, document, value, matches(dialect, text(dialect, document, path), NUMBER));
      case BOOLEAN -> guarded(dialect, document, value,
          text(dialect, document, path).in(DSL.inline("true"), DSL.inline("false")));
      case DATE, TIMESTAMP -> throw new IllegalStateException("JSON has no " + value.type().display() + " values");
    };
  }

  /**
   * Whether the path exists, a key holding JSON null included: the value at the path (a JSON value, never SQL NULL
   * for JSON null) is not NULL. A path through a string or an array has no value, where PostgreSQL's {@code ?} and
   * {@code jsonb_exists} would find a string scalar or an array element equal to the key.
   */
  static Condition has(Dialect dialect, Field<?> document, List<String> path) {
    return switch (dialect) {
      case POSTGRES -> node(jsonb(document), path).isNotNull();
      // DuckDB's -> is json_extract. Trino's json_extract keeps JSON null as a JSON value and does not look into
      // arrays (its SQL/JSON json_exists would, in lax mode, and takes text, not its json type).
      case DUCKDB, TRINO -> DSL.function("json_extract", SQLDataType.JSON, document, jsonPath(path)).isNotNull();
    };
  }

  /** T of a scalar; NULL for an object or an array, which are not text values. */
  private static Field<String> scalarText(Dialect dialect, Field<?> document, List<String> path) {
    return switch (dialect) {
      case POSTGRES -> DSL.when(DSL.function("jsonb_typeof", SQLDataType.VARCHAR, node(jsonb(document), path))
          .notIn(DSL.inline("object"), DSL.inline("array")), text(dialect, document, path));
      case DUCKDB -> DSL.when(DSL.function("json_type", SQLDataType.VARCHAR, document, jsonPath(path))
          .notIn(DSL.inline("OBJECT"), DSL.inline("ARRAY")), text(dialect, document, path));
      // Already NULL for objects and arrays.
      case TRINO -> DSL.function("json_extract_scalar", SQLDataType.VARCHAR, document, jsonPath(path));
    };
  }

  /** T: the text at the path, NULL for an absent key or JSON null. */
  private static Field<String> text(Dialect dialect, Field<?> document, List<String> path) {
    return switch (dialect) {
      case POSTGRES -> {
        Field<?> parent = node(jsonb(document), path.subList(0, path.size() - 1));
        yield DSL.field("({0} ->> {1})", SQLDataType.VARCHAR, parent, DSL.inline(path.get(path.size() - 1)));
      }
      case DUCKDB -> DSL.function("json_extract_string", SQLDataType.VARCHAR, document, jsonPath(path));
      // A scalar's text, else an object's or array's JSON text; JSON null is 'null' there, which T reads as NULL.
      case TRINO -> DSL.coalesce(
          DSL.function("json_extract_scalar", SQLDataType.VARCHAR, document, jsonPath(path)),
          DSL.nullif(DSL.function("json_format", SQLDataType.VARCHAR,
              DSL.function("json_extract", SQLDataType.JSON, document, jsonPath(path))), DSL.inline("null")));
    };
  }

  /**
   * The document as jsonb on PostgreSQL, whose column may be json or jsonb: {@code jsonb_typeof} takes jsonb only,
   * and a cast of a jsonb column to jsonb is no cast at all.
   */
  private static Field<?> jsonb(Field<?> document) {
    return DSL.cast(document, SQLDataType.JSONB);
  }

  /** {@code (d -> 'a' -> 'b')}: the JSON value at the path (PostgreSQL), NULL where the path does not lead. */
  private static Field<?> node(Field<?> document, List<String> path) {
    Field<?> node = document;
    for (String key : path) {
      node = DSL.field("({0} -> {1})", SQLDataType.JSONB, node, DSL.inline(key));
    }
    return node;
  }

  /** {@code '$.a.b'}: keys are identifiers, which every engine's JSONPath reads unquoted. */
  private static Field<String> jsonPath(List<String> path) {
    return DSL.inline("$." + String.join(".", path));
  }

  private static Condition matches(Dialect dialect, Field<String> text, String pattern) {
    return switch (dialect) {
      case POSTGRES -> DSL.condition("({0} ~ {1})", text, DSL.inline(pattern));
      case DUCKDB -> DSL.condition("regexp_full_match({0}, {1})", text, DSL.inline(pattern));
      case TRINO -> DSL.condition("regexp_like({0}, {1})", text, DSL.inline(pattern));
    };
  }

  /** T where it is of the declared kind, trimmed; the marker otherwise; cast to the declared type. */
  private static Field<?> guarded(Dialect dialect, Field<?> document, JsonValue value, Condition ofKind) {
    Field<String> text = text(dialect, document, value.path());
    Field<String> marked = DSL.inline(MARKER + " " + value.what() + " as " + value.type().display() + ": ")
        .concat(text).concat(DSL.inline(" " + MARKER));
    Field<String> checked = DSL.when(text.isNull().or(ofKind), DSL.trim(text)).otherwise(marked);
    return DSL.cast(checked, DataTypes.ofValue(dialect, value.type()));
  }
}
