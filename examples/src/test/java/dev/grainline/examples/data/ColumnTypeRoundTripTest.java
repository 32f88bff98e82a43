package dev.grainline.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.grainline.examples.TestDatabases;
import dev.grainline.runtime.Dialect;
import dev.grainline.testing.TestTrino;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each column type the store does not use (BIGINT, DATE, TIMESTAMPTZ, JSON) written by the engine's loader and read
 * back: NULLs, edge values and, for JSON, a nested document whose strings hold what COPY, CSV and JSON escape. The
 * table is a {@link TableSpec} of its own, so this also checks that the loaders take any table, not only the store's.
 */
class ColumnTypeRoundTripTest {
  @org.junit.jupiter.api.io.TempDir
  static Path directory;

  /** A table {@code round_trip_<type> (id INTEGER, v <type>)}, its rows the values in order with their index. */
  record OneColumn(ColumnType type) implements TableSpec<List<Object>> {
    @Override
    public String tableName() {
      return "round_trip_" + type.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<TableColumn> columns() {
      return List.of(new TableColumn("id", ColumnType.INT), new TableColumn("v", type));
    }

    @Override
    public List<String> key() {
      return List.of("id");
    }

    @Override
    public Stream<List<Object>> rows(List<Object> values) {
      return IntStream.range(0, values.size()).mapToObj(i -> Rows.of(i, values.get(i)));
    }
  }

  enum Type {
    BIGINT(ColumnType.BIGINT, "bigint", "BIGINT", "bigint",
        Rows.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 2_147_483_648L, null)),
    DATE(ColumnType.DATE, "date", "DATE", "date",
        Rows.of(LocalDate.of(1970, 1, 1), LocalDate.of(1969, 12, 31), LocalDate.of(2000, 2, 29),
            LocalDate.of(2024, 12, 30), LocalDate.of(9999, 12, 31), LocalDate.of(1, 1, 1), null)),
    TIMESTAMPTZ(ColumnType.TIMESTAMPTZ, "timestamp with time zone", "TIMESTAMP WITH TIME ZONE",
        "timestamp(6) with time zone",
        Rows.of(OffsetDateTime.parse("2024-01-01T07:30:00+05:30"), // 02:00 UTC
            OffsetDateTime.parse("1969-12-31T23:59:59.999999Z"), // before the epoch, to the microsecond
            OffsetDateTime.parse("2023-12-31T23:59:59.999999-08:00"), // another year in UTC
            OffsetDateTime.parse("2024-03-31T02:30:00.000001+02:00"), null,
            OffsetDateTime.parse("1900-01-01T00:00:00Z"))),
    JSON(ColumnType.JSON, "jsonb", "JSON", "json",
        Rows.of("{\"amount_cents\": -1250, \"currency\": null, \"context\": {\"campaign\": \"winter \\\"sale\\\"\\t"
                + "a\\\\b\\nc, ünïcødé €\", \"tags\": [\"a\", 1, 2.5, true, false, null, {}, [[]]]},"
                + " \"big\": 9007199254740993, \"\": \"empty key\"}",
            "null", null, "\"just a string, with \\\\N and a \\\"quote\\\"\"", "[]", "{}", "-0.5", "[1, [2, [3]]]"));

    final ColumnType type;
    final String postgresName;
    final String duckdbName;
    final String trinoName;
    final List<Object> values;

    Type(ColumnType type, String postgresName, String duckdbName, String trinoName, List<Object> values) {
      this.type = type;
      this.postgresName = postgresName;
      this.duckdbName = duckdbName;
      this.trinoName = trinoName;
      this.values = values;
    }

    String engineName(Dialect dialect) {
      return switch (dialect) {
        case POSTGRES -> postgresName;
        case DUCKDB -> duckdbName;
        case TRINO -> trinoName;
      };
    }

    String schema() {
      return "examples_round_trip_" + name().toLowerCase(Locale.ROOT);
    }
  }

  @AfterAll
  static void dropPostgresSchemas() throws SQLException {
    try (Connection connection = TestDatabases.postgres(); Statement statement = connection.createStatement()) {
      for (Type type : Type.values()) {
        statement.execute("DROP SCHEMA IF EXISTS " + type.schema() + " CASCADE");
      }
    }
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> cases() {
    return Stream.of(Type.values()).flatMap(t -> Stream.of(Dialect.values())
        .map(d -> org.junit.jupiter.params.provider.Arguments.of(t, d)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void valuesReadBackAsWritten(Type type, Dialect dialect) throws SQLException {
    Optional<String> url = TestDatabases.url(dialect, directory.resolve("round-trip.duckdb"));
    if (url.isEmpty()) {
      TestTrino.assertLeftOut();
      return;
    }
    OneColumn table = new OneColumn(type.type);
    try (Connection connection = DriverManager.getConnection(url.get())) {
      LoadReport report = TableLoader.load(connection, type.schema(), List.of(table), type.values);
      assertEquals(type.values.size(), report.rows(table));
      assertEquals(type.engineName(dialect), columnType(connection, dialect, type.schema(), table));
      assertEquals(comparable(type.type, type.values), comparable(type.type, readBack(connection, dialect, type, table)));
    }
  }

  /** The engine's name of column v's type, as its information_schema says. */
  private static String columnType(Connection connection, Dialect dialect, String schema, OneColumn table)
      throws SQLException {
    try (PreparedStatement columns = connection.prepareStatement("SELECT data_type FROM information_schema.columns"
        + " WHERE table_schema = ? AND table_name = ? AND column_name = 'v'")) {
      columns.setString(1, schema);
      columns.setString(2, table.tableName());
      try (ResultSet rs = columns.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static List<Object> readBack(Connection connection, Dialect dialect, Type type, OneColumn table)
      throws SQLException {
    List<Object> values = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
        "SELECT id, v FROM " + StoreSchema.qualifiedName(type.schema(), table) + " ORDER BY id")) {
      while (rs.next()) {
        assertEquals(values.size(), rs.getInt(1), "ids in order");
        values.add(switch (type.type) {
          // Every driver returns a JSON column's document as its text.
          case JSON -> rs.getString(2);
          // Trino's driver converts a timestamp with time zone to a Timestamp (an instant), not an OffsetDateTime.
          case TIMESTAMPTZ -> dialect == Dialect.TRINO ? Optional.ofNullable(rs.getTimestamp(2))
              .map(t -> t.toInstant().atOffset(ZoneOffset.UTC)).orElse(null) : rs.getObject(2, OffsetDateTime.class);
          case INT, BIGINT, TEXT, DOUBLE, DATE, TIMESTAMP -> rs.getObject(2, type.type.javaType());
        });
      }
    }
    return values;
  }

  /**
   * Values in a form that compares what the type keeps: an instant for TIMESTAMPTZ (the engines keep no offset) and
   * the parsed tree for JSON (jsonb reorders keys and white space); the values themselves otherwise.
   */
  private static List<Object> comparable(ColumnType type, List<Object> values) {
    List<Object> result = new ArrayList<>();
    for (Object value : values) {
      result.add(value == null ? null : switch (type) {
        case TIMESTAMPTZ -> ((OffsetDateTime) value).toInstant();
        case JSON -> tree((String) value);
        case INT, BIGINT, TEXT, DOUBLE, DATE, TIMESTAMP -> value;
      });
    }
    return result;
  }

  private static final JsonFactory JSON = new JsonFactory();

  /** JSON's null inside a document (or as the document), which is not SQL's NULL. */
  private enum JsonNull {
    INSTANCE
  }

  /** A document as maps, lists, strings, numbers (BigDecimal without trailing zeros), booleans and JsonNull. */
  private static Object tree(String document) {
    try (JsonParser parser = JSON.createParser(document)) {
      Object tree = value(parser, parser.nextToken());
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("text after the document: " + document);
      }
      return tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> {
        Map<String, Object> object = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          object.put(name, value(parser, parser.nextToken()));
        }
        yield object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          array.add(value(parser, next));
        }
        yield array;
      }
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new BigDecimal(parser.getText()).stripTrailingZeros();
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> JsonNull.INSTANCE;
      case END_OBJECT, END_ARRAY, FIELD_NAME, VALUE_EMBEDDED_OBJECT, NOT_AVAILABLE ->
          throw new IllegalStateException("not a value: " + token);
    };
  }
}
