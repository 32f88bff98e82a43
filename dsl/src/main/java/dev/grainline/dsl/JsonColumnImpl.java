package dev.grainline.dsl;

import dev.grainline.SqlType;
import dev.grainline.internal.model.assembly.NodeCarrier;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.validation.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** A JSON document column and a path into it: immutable; each call checks its keys and builds a new value. */
final class JsonColumnImpl implements JsonColumn, NodeCarrier {
  /**
   * What a key may be: plain enough that no engine's path syntax quotes it, so that the keys are inlined in paths
   * ({@code '$.a.b'}) as definition constants.
   */
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final ColumnRef document;
  private final List<String> path;

  JsonColumnImpl(ColumnRef document, List<String> path) {
    this.document = Objects.requireNonNull(document, "document");
    this.path = List.copyOf(path);
  }

  @Override
  public JsonColumn path(String... keys) {
    return new JsonColumnImpl(document, below("path", keys));
  }

  @Override
  public Condition has(String... keys) {
    List<String> full = below("has", keys);
    if (full.isEmpty()) {
      throw Message.JSON_PATH_EMPTY.definitionError(describe() + ".has()");
    }
    return new ConditionImpl(new Node.JsonHas(document, full));
  }

  @Override
  public Column<Integer> asInt() {
    return read(SqlType.INTEGER);
  }

  @Override
  public Column<Long> asLong() {
    return read(SqlType.BIGINT);
  }

  @Override
  public Column<Double> asDouble() {
    return read(SqlType.DOUBLE);
  }

  @Override
  public Column<BigDecimal> asDecimal() {
    return read(SqlType.DECIMAL);
  }

  @Override
  public Column<String> asText() {
    return read(SqlType.TEXT);
  }

  @Override
  public Column<Boolean> asBoolean() {
    return read(SqlType.BOOLEAN);
  }

  @Override
  public <T> Column<T> as(Class<T> type) {
    Arguments.notNull("the type", type);
    SqlType sqlType = SqlType.ofJavaType(type)
        .filter(t -> t != SqlType.DATE && t != SqlType.TIMESTAMP)
        .orElseThrow(() -> Message.JSON_TYPE.definitionError(describe(), type.getSimpleName()));
    return read(sqlType);
  }

  private <T> Column<T> read(SqlType type) {
    if (path.isEmpty()) {
      throw Message.JSON_PATH_EMPTY.definitionError(describe() + "." + Nodes.jsonReader(type) + "()");
    }
    String what = document.table().qualifiedName() + "." + document.column() + "." + String.join(".", path);
    return new ColumnImpl<>(new Node.JsonValue(document, path, type, what));
  }

  /** This path with {@code keys} appended, each checked. */
  private List<String> below(String method, String[] keys) {
    Arguments.notNull("the keys", keys);
    List<String> full = new ArrayList<>(path);
    for (String key : keys) {
      if (key == null || !KEY.matcher(key).matches()) {
        throw Message.JSON_PATH.definitionError(describe() + "." + method + "(...)", key);
      }
      full.add(key);
    }
    return full;
  }

  /** {@code e.properties.path("context")}, as messages show it. */
  private String describe() {
    String base = document.table().alias() + "." + document.column();
    if (path.isEmpty()) {
      return base;
    }
    return base + ".path(" + String.join(", ", path.stream().map(k -> "\"" + k + "\"").toList()) + ")";
  }

  /** The document column, which every value read from this path shares: the schema check reports it. */
  @Override
  public Node carried() {
    return document;
  }

  @Override
  public String toString() {
    return "JsonColumn[" + describe() + "]";
  }
}
