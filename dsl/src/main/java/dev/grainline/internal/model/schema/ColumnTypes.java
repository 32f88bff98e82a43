package dev.grainline.internal.model.schema;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node.ColumnRef.Storage;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which database column types each column type of the DSL reads: the rule both schema checks apply.
 *
 * <p>A column type reads a database type when every value of it becomes a value of the model's Java type exactly,
 * as the JDBC reader fetches it ({@code getInt} for an {@code intCol}, {@code getBigDecimal} for a {@code decimalCol}):
 *
 * <table>
 *   <caption>Database types each column type reads</caption>
 *   <tr><th>DSL</th><th>Java</th><th>reads</th><th>does not read, because</th></tr>
 *   <tr><td>intCol</td><td>Integer</td><td>tinyint, smallint, integer; utinyint, usmallint</td>
 *       <td>bigint, uinteger (values beyond an int), decimal (fractions), floating point</td></tr>
 *   <tr><td>longCol</td><td>Long</td><td>the above, bigint, uinteger</td>
 *       <td>hugeint, ubigint (beyond a long), decimal, floating point</td></tr>
 *   <tr><td>decimalCol</td><td>BigDecimal</td><td>decimal/numeric of any precision, every integer type</td>
 *       <td>floating point (a binary fraction is not the decimal the column means)</td></tr>
 *   <tr><td>doubleCol</td><td>Double</td><td>real, double precision; integers up to 32 bits</td>
 *       <td>bigint (beyond 2<sup>53</sup>), decimal (0.1 is not a double)</td></tr>
 *   <tr><td>textCol</td><td>String</td><td>varchar, text, char</td><td>uuid, json, enums (not text to SQL)</td></tr>
 *   <tr><td>boolCol</td><td>Boolean</td><td>boolean</td><td>integers (0/1 are numbers to SQL)</td></tr>
 *   <tr><td>dateCol</td><td>LocalDate</td><td>date</td><td>timestamps (a time of day would be lost)</td></tr>
 *   <tr><td>timestampCol</td><td>LocalDateTime</td><td>timestamp</td>
 *       <td>timestamp with time zone (its wall-clock time depends on the session's time zone; Grainline reads
 *       timestamps as UTC wall-clock times: instantCol reads it so), date</td></tr>
 *   <tr><td>instantCol</td><td>LocalDateTime</td><td>timestamp with time zone, read as its UTC wall-clock time</td>
 *       <td>timestamp (not a point in time: which instant it means is the writer's convention), date</td></tr>
 * </table>
 *
 * <p>A column's {@link Storage} chooses among its readings: an instant column is of model type TIMESTAMP, but reads
 * only {@code timestamp with time zone}; a JSON column reads only the engines' JSON types ({@code jsonb} or
 * {@code json} on PostgreSQL, {@code JSON} on DuckDB, {@code json} on Trino).
 */
public final class ColumnTypes {
  private static final Set<TypeKind> INT = EnumSet.of(TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.INTEGER,
      TypeKind.UTINYINT, TypeKind.USMALLINT);
  private static final Set<TypeKind> LONG = union(INT, EnumSet.of(TypeKind.BIGINT, TypeKind.UINTEGER));
  private static final Set<TypeKind> DECIMAL = union(LONG, EnumSet.of(TypeKind.HUGEINT, TypeKind.UBIGINT,
      TypeKind.DECIMAL));
  private static final Set<TypeKind> DOUBLE = union(INT, EnumSet.of(TypeKind.UINTEGER, TypeKind.REAL,
      TypeKind.DOUBLE));

  private ColumnTypes() {}

  private static Set<TypeKind> union(Set<TypeKind> a, Set<TypeKind> b) {
    Set<TypeKind> all = EnumSet.copyOf(a);
    all.addAll(b);
    return all;
  }

  /** The database types a column declared with this type and storage reads. */
  public static Set<TypeKind> accepted(SqlType declared, Storage storage) {
    return switch (storage) {
      case PLAIN -> accepted(declared);
      case INSTANT -> EnumSet.of(TypeKind.TIMESTAMP_WITH_TIME_ZONE);
      case JSON -> EnumSet.of(TypeKind.JSON);
    };
  }

  private static Set<TypeKind> accepted(SqlType declared) {
    return switch (declared) {
      case BOOLEAN -> EnumSet.of(TypeKind.BOOLEAN);
      case INTEGER -> INT;
      case BIGINT -> LONG;
      case DECIMAL -> DECIMAL;
      case DOUBLE -> DOUBLE;
      case TEXT -> EnumSet.of(TypeKind.TEXT);
      case DATE -> EnumSet.of(TypeKind.DATE);
      case TIMESTAMP -> EnumSet.of(TypeKind.TIMESTAMP);
    };
  }

  public static boolean accepts(SqlType declared, Storage storage, TypeKind actual) {
    return accepted(declared, storage).contains(actual);
  }

  /** The DSL method that declares a column of this type and storage: "intCol", "instantCol". */
  public static String dslMethod(SqlType type, Storage storage) {
    return switch (storage) {
      case PLAIN -> dslMethod(type);
      case INSTANT -> "instantCol";
      case JSON -> "jsonCol";
    };
  }

  /** How messages name a column's declared type: "integer", "timestamp", "instant", "json". */
  public static String display(SqlType type, Storage storage) {
    return switch (storage) {
      case PLAIN -> type.display();
      case INSTANT -> "instant";
      case JSON -> "json";
    };
  }

  private static String dslMethod(SqlType type) {
    return switch (type) {
      case BOOLEAN -> "boolCol";
      case INTEGER -> "intCol";
      case BIGINT -> "longCol";
      case DECIMAL -> "decimalCol";
      case DOUBLE -> "doubleCol";
      case TEXT -> "textCol";
      case DATE -> "dateCol";
      case TIMESTAMP -> "timestampCol";
    };
  }

  /** The column type that reads a database type with no loss, if the model has one: longCol for a bigint. */
  public static Optional<SqlType> natural(TypeKind kind) {
    return Optional.ofNullable(switch (kind) {
      case BOOLEAN -> SqlType.BOOLEAN;
      case TINYINT, SMALLINT, INTEGER, UTINYINT, USMALLINT -> SqlType.INTEGER;
      case BIGINT, UINTEGER -> SqlType.BIGINT;
      case HUGEINT, UBIGINT, DECIMAL -> SqlType.DECIMAL;
      case REAL, DOUBLE -> SqlType.DOUBLE;
      case TEXT -> SqlType.TEXT;
      case DATE -> SqlType.DATE;
      case TIMESTAMP -> SqlType.TIMESTAMP;
      // An instant column reads timestamps with time zone, and a JSON column JSON, but neither is a plain type.
      case TIME, TIMESTAMP_WITH_TIME_ZONE, JSON, OTHER -> null;
    });
  }

  /** The end of a type mismatch's message: what the declared type reads, and what to declare instead. */
  static String advice(SqlType declared, Storage storage, TypeKind actual) {
    List<String> reads = accepted(declared, storage).stream().map(TypeKind::display).toList();
    String what = dslMethod(declared, storage) + " reads " + String.join(", ", reads) + " columns";
    return what + "; " + natural(actual).map(t -> "declare it with " + dslMethod(t))
        .orElse(actual == TypeKind.TIMESTAMP_WITH_TIME_ZONE
            ? "Grainline reads timestamps as UTC wall-clock times: store them as timestamp, or read them through a"
                + " view that converts them, or declare it with instantCol"
            : "Grainline has no column type for " + actual.display() + " values: read the column through a view"
                + " that converts it");
  }
}
