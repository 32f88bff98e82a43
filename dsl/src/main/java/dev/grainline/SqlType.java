package dev.grainline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The value types of the semantic model. Every expression, attribute and metric has exactly one, and it is the same
 * on every engine: the renderer casts where an engine would otherwise answer with its own type (DuckDB's HUGEINT
 * sums, PostgreSQL's NUMERIC averages).
 */
public enum SqlType {
  BOOLEAN(Boolean.class),
  INTEGER(Integer.class),
  BIGINT(Long.class),
  DECIMAL(BigDecimal.class),
  DOUBLE(Double.class),
  TEXT(String.class),
  DATE(LocalDate.class),
  TIMESTAMP(LocalDateTime.class);

  private final Class<?> javaType;

  SqlType(Class<?> javaType) {
    this.javaType = javaType;
  }

  /** The Java type that values of this type are read as. */
  public Class<?> javaType() {
    return javaType;
  }

  public boolean isNumeric() {
    return this == INTEGER || this == BIGINT || this == DECIMAL || this == DOUBLE;
  }

  public boolean isIntegral() {
    return this == INTEGER || this == BIGINT;
  }

  public boolean isTemporal() {
    return this == DATE || this == TIMESTAMP;
  }

  /** Whether values of the two types can be compared with {@code =}, {@code <}, {@code IN}, {@code BETWEEN}. */
  public boolean isComparableWith(SqlType other) {
    if (this == other) {
      return true;
    }
    return (isNumeric() && other.isNumeric()) || (isTemporal() && other.isTemporal());
  }

  /** Whether values of this type have an order (MIN, MAX, ORDER BY). */
  public boolean isOrdered() {
    return this != BOOLEAN;
  }

  /** The type of a + b, a - b, a * b for numeric operands: the wider of the two. */
  public static SqlType widerNumeric(SqlType a, SqlType b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /** The common type of CASE branches or COALESCE arguments, if there is one. */
  public static Optional<SqlType> common(SqlType a, SqlType b) {
    if (a == b) {
      return Optional.of(a);
    }
    if (a.isNumeric() && b.isNumeric()) {
      return Optional.of(widerNumeric(a, b));
    }
    if (a.isTemporal() && b.isTemporal()) {
      return Optional.of(TIMESTAMP);
    }
    return Optional.empty();
  }

  /** The model type for a Java type, as used in declared field types and casts. */
  public static Optional<SqlType> ofJavaType(Class<?> type) {
    for (SqlType t : values()) {
      if (t.javaType == type) {
        return Optional.of(t);
      }
    }
    if (type == int.class) {
      return Optional.of(INTEGER);
    }
    if (type == long.class) {
      return Optional.of(BIGINT);
    }
    if (type == double.class) {
      return Optional.of(DOUBLE);
    }
    if (type == boolean.class) {
      return Optional.of(BOOLEAN);
    }
    return Optional.empty();
  }

  /** The model type for the qualified name of a Java type, as the processor sees it. */
  public static Optional<SqlType> ofJavaTypeName(String qualifiedName) {
    for (SqlType t : values()) {
      if (t.javaType.getName().equals(qualifiedName)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The lower-case name used in messages: "text", "integer". */
  public String display() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
