package dev.grainline.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.DatabaseException;
import dev.grainline.runtime.json.BadDocs;
import dev.grainline.runtime.json.Docs;
import dev.grainline.runtime.json.Owners;
import dev.grainline.testing.TestPostgres;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON properties (spectrum.md §6) on PostgreSQL (jsonb), DuckDB (JSON) and Trino (json), aggregating directly and
 * rolling partials up: typed paths as attributes, in measures, filters and key tests over hand-written documents
 * (absent keys, JSON null, nested objects, numbers as strings, booleans, documents that are a string or an array,
 * a NULL document), and the non-castable rule of §6.4: a value of another kind fails the query with
 * {@code [GrainlineJsonValue]} naming the property and the value. The oracle reads the same documents as Java
 * values (from which the SQL literals are written) by the rule as the DSL's Javadoc states it.
 */
class JsonPropertiesTest {
  private static final String SCHEMA = "port_json";
  private static final CompiledModel MODEL = CompiledModel.ofClasses("JsonCatalog", "json", Docs.class,
      BadDocs.class, Owners.class);

  private static final DimensionRef<Integer> DOC_ID = DimensionRef.of("json.docs", "doc_id", Integer.class);
  private static final DimensionRef<String> KIND = DimensionRef.of("json.docs", "kind", String.class);
  private static final DimensionRef<String> CURRENCY = DimensionRef.of("json.docs", "currency", String.class);
  private static final DimensionRef<String> CAMPAIGN = DimensionRef.of("json.docs", "campaign", String.class);
  private static final DimensionRef<Boolean> PAID = DimensionRef.of("json.docs", "paid", Boolean.class);
  private static final DimensionRef<Long> AMOUNT = DimensionRef.of("json.docs", "amount", Long.class);
  private static final DimensionRef<Integer> QTY = DimensionRef.of("json.docs", "qty", Integer.class);
  private static final DimensionRef<Double> PRICE = DimensionRef.of("json.docs", "price", Double.class);
  private static final DimensionRef<Integer> DEEP = DimensionRef.of("json.docs", "deep", Integer.class);
  private static final MetricRef<Long> DOC_COUNT = MetricRef.of("json.doc_count", Long.class);
  private static final MetricRef<Long> TOTAL_AMOUNT = MetricRef.of("json.total_amount", Long.class);
  private static final MetricRef<Long> TOTAL_QTY = MetricRef.of("json.total_qty", Long.class);
  private static final MetricRef<Double> TOTAL_PRICE = MetricRef.of("json.total_price", Double.class);
  private static final MetricRef<BigDecimal> TOTAL_PRICE_DECIMAL =
      MetricRef.of("json.total_price_decimal", BigDecimal.class);
  private static final MetricRef<Double> MEDIAN_PRICE = MetricRef.of("json.median_price", Double.class);
  private static final MetricRef<Long> WITH_AMOUNT = MetricRef.of("json.with_amount", Long.class);
  private static final MetricRef<Long> WITH_CAMPAIGN = MetricRef.of("json.with_campaign", Long.class);
  private static final DimensionRef<String> TIER = DimensionRef.of("json.owner", "tier", String.class);
  private static final DimensionRef<Integer> BAD_ID = DimensionRef.of("json.bad_docs", "bad_id", Integer.class);
  private static final DimensionRef<Boolean> BAD_PAID = DimensionRef.of("json.bad_docs", "bad_paid", Boolean.class);
  private static final MetricRef<Long> BAD_COUNT = MetricRef.of("json.bad_count", Long.class);
  private static final MetricRef<Long> BAD_AMOUNT = MetricRef.of("json.bad_amount", Long.class);
  private static final MetricRef<Long> BAD_QTY = MetricRef.of("json.bad_qty", Long.class);
  private static final MetricRef<Double> BAD_PRICE = MetricRef.of("json.bad_price", Double.class);

  // The documents, as Java values: maps, lists, strings, numbers (Long, BigDecimal), booleans and JSON_NULL.

  /** JSON {@code null}, which a Java map cannot hold as a value distinct from an absent key otherwise. */
  private enum JsonNull { JSON_NULL }

  private static final Object JSON_NULL = JsonNull.JSON_NULL;
  /** A row whose document is SQL NULL. */
  private static final Object NO_DOCUMENT = new Object();

  private static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static final String GOOD = "good";
  private static final String BAD = "bad";

  /** The well-typed documents: each read is a value or NULL. */
  private static final Map<Integer, Object> GOOD_DOCS = new TreeMap<>(Map.of(
      1, object("amount", 100L, "currency", "USD", "qty", 2L, "price", new BigDecimal("1.5"), "paid", true,
          "context", object("campaign", "spring")),
      // Numbers and a boolean as JSON strings read as the values they spell; JSON null in a nested object.
      2, object("amount", "250", "currency", "EUR", "qty", " 3 ", "price", new BigDecimal("2.25"), "paid", false,
          "context", object("campaign", JSON_NULL)),
      // JSON null at a key: present for has(), NULL as a value; a path through a string leads nowhere.
      3, object("amount", JSON_NULL, "currency", "USD", "price", 10L, "context", "flat"),
      4, object("currency", JSON_NULL, "qty", -4L, "paid", "true",
          "context", object("campaign", "fall", "n", object("deep", 7L))),
      // An object where text is read: NULL for asText(); a key inside an array is not the document's key.
      5, object("amount", -50L, "currency", "USD", "tags", List.of(object("amount", 1L)),
          "context", object("campaign", object("x", 1L))),
      6, object(),
      7, NO_DOCUMENT,
      // A document that is a string equal to a key, and one that is an array of objects with the key: neither has it.
      8, "amount",
      9, List.of(object("amount", 1L, "currency", "USD"))));

  /** One document per value of another kind than its read declares; each fails the query that reads it. */
  private static final Map<Integer, Object> BAD_DOCS = new TreeMap<>(Map.of(
      101, object("amount", new BigDecimal("12.5")),
      102, object("amount", true),
      103, object("amount", "abc"),
      104, object("amount", object()),
      105, object("amount", List.of()),
      106, object("qty", 99_999_999_999L),
      107, object("price", "cheap"),
      108, object("paid", 1L)));

  /** Each owner's info: a tier, JSON null, or none. */
  private static final Map<Integer, Object> OWNERS = new TreeMap<>(Map.of(
      1, object("tier", "gold"), 2, object("tier", JSON_NULL), 3, object()));

  private static int owner(int docId) {
    return (docId + 2) % 3 + 1;
  }

  private static String json(Object value) {
    return switch (value) {
      case JsonNull n -> "null";
      case String s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      case Long l -> l.toString();
      case BigDecimal d -> d.toPlainString();
      case Boolean b -> b.toString();
      case List<?> list -> list.stream().map(JsonPropertiesTest::json).collect(Collectors.joining(",", "[", "]"));
      case Map<?, ?> map -> map.entrySet().stream().map(e -> json(e.getKey()) + ":" + json(e.getValue()))
          .collect(Collectors.joining(",", "{", "}"));
      default -> throw new IllegalArgumentException("not a JSON value: " + value);
    };
  }

  /** The tables on each engine, with its literal of a JSON document. */
  private static String[] data(String jsonType, Function<String, String> literal) {
    return data(SCHEMA, jsonType, literal);
  }

  private static String[] data(String schema, String jsonType, Function<String, String> literal) {
    List<String> rows = new ArrayList<>();
    GOOD_DOCS.forEach((id, doc) -> rows.add(row(id, GOOD, doc, literal)));
    List<String> badRows = new ArrayList<>();
    BAD_DOCS.forEach((id, doc) -> badRows.add(row(id, BAD, doc, literal)));
    return new String[] {
      "DROP SCHEMA IF EXISTS " + schema + " CASCADE",
      "CREATE SCHEMA " + schema,
      "CREATE TABLE " + schema + ".docs (doc_id INTEGER, kind VARCHAR, props " + jsonType
          + ", owner_id INTEGER)",
      "INSERT INTO " + schema + ".docs VALUES " + String.join(", ", rows),
      "CREATE TABLE " + schema + ".bad_docs (doc_id INTEGER, kind VARCHAR, props " + jsonType
          + ", owner_id INTEGER)",
      "INSERT INTO " + schema + ".bad_docs VALUES " + String.join(", ", badRows),
      "CREATE TABLE " + schema + ".owners (owner_id INTEGER, info " + jsonType + ")",
      "INSERT INTO " + schema + ".owners VALUES " + OWNERS.entrySet().stream()
          .map(e -> "(" + e.getKey() + ", " + literal.apply("'" + json(e.getValue()) + "'") + ")")
          .collect(Collectors.joining(", ")),
    };
  }

  private static String row(int id, String kind, Object doc, Function<String, String> literal) {
    String props = doc == NO_DOCUMENT ? "NULL" : literal.apply("'" + json(doc).replace("'", "''") + "'");
    return "(" + id + ", '" + kind + "', " + props + ", " + owner(id) + ")";
  }

  private static final DataSource POSTGRES =
      Databases.loadedPostgres(SCHEMA, data("JSONB", text -> "CAST(" + text + " AS JSONB)"));
  /** PostgreSQL's other JSON type: json, read the same way (the renderer casts the document to jsonb). */
  private static final String PLAIN_JSON_SCHEMA = "port_json_plain";
  private static final DataSource POSTGRES_JSON = Databases.loadedPostgres(PLAIN_JSON_SCHEMA,
      data(PLAIN_JSON_SCHEMA, "JSON", text -> "CAST(" + text + " AS JSON)"));
  private static final DataSource DUCKDB =
      Databases.loaded(Databases.duckdb(), data("JSON", text -> "CAST(" + text + " AS JSON)"));
  private static final Optional<DataSource> TRINO =
      Databases.trino().map(trino -> Databases.loaded(trino, data("JSON", text -> "JSON " + text)));

  @AfterAll
  static void dropSchema() throws SQLException {
    TestPostgres.drop(SCHEMA, PLAIN_JSON_SCHEMA);
  }

  static Stream<Arguments> layers() {
    return Stream.of(Databases.layers(MODEL, POSTGRES, DUCKDB),
        Stream.of(Arguments.of("postgres json", SemanticLayer.builder(MODEL).dataSource(POSTGRES_JSON)
            .mapSchema(SCHEMA, PLAIN_JSON_SCHEMA).build())),
        TRINO.map(trino -> Arguments.of("trino", SemanticLayer.create(MODEL, trino))).stream())
        .flatMap(s -> s);
  }

  // The oracle: §6.4's rule over the Java values.

  /** An absent path. */
  private static final Object ABSENT = new Object();

  private static Object at(Object doc, List<String> path) {
    Object value = doc;
    for (String key : path) {
      if (!(value instanceof Map<?, ?> map) || !map.containsKey(key)) {
        return ABSENT;
      }
      value = map.get(key);
    }
    return value;
  }

  private static boolean has(Object doc, String... path) {
    return at(doc, List.of(path)) != ABSENT;
  }

  /** T: the text at the path; null for an absent key or JSON null. */
  private static String text(Object doc, String... path) {
    Object value = at(doc, List.of(path));
    return switch (value) {
      case JsonNull n -> null;
      case String s -> s;
      case Map<?, ?> m -> json(m);
      case List<?> l -> json(l);
      default -> value == ABSENT ? null : json(value);
    };
  }

  private static final Pattern INTEGER = Pattern.compile(" *-?[0-9]+ *");
  private static final Pattern NUMBER = Pattern.compile(" *-?[0-9]+([.][0-9]+)?([eE][+-]?[0-9]+)? *");

  /** The oracle's [GrainlineJsonValue]: the text of a value of another kind. */
  private static final class WrongKind extends RuntimeException {
    WrongKind(String text) {
      super(text);
    }
  }

  private static <T> T read(Object doc, Pattern kind, Function<String, T> parse, String... path) {
    String text = text(doc, path);
    if (text == null) {
      return null;
    }
    if (!kind.matcher(text).matches()) {
      throw new WrongKind(text);
    }
    return parse.apply(text.strip());
  }

  private static Long asLong(Object doc, String... path) {
    return read(doc, INTEGER, Long::valueOf, path);
  }

  private static Integer asInt(Object doc, String... path) {
    return read(doc, INTEGER, Integer::valueOf, path);
  }

  private static Double asDouble(Object doc, String... path) {
    return read(doc, NUMBER, Double::valueOf, path);
  }

  private static BigDecimal asDecimal(Object doc, String... path) {
    return read(doc, NUMBER, BigDecimal::new, path);
  }

  private static Boolean asBoolean(Object doc, String... path) {
    return read(doc, Pattern.compile("true|false"), Boolean::valueOf, path);
  }

  private static String asText(Object doc, String... path) {
    Object value = at(doc, List.of(path));
    return value instanceof Map || value instanceof List ? null : text(doc, path);
  }

  private static List<Object> values(Object... values) {
    return Arrays.asList(values);
  }

  private static <T> Long sum(Function<Object, T> read) {
    List<Long> values = GOOD_DOCS.values().stream().map(read).filter(Objects::nonNull)
        .map(v -> ((Number) v).longValue()).toList();
    return values.isEmpty() ? null : values.stream().mapToLong(Long::longValue).sum();
  }

  // The tests.

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void theSchemaCheckReadsEachEnginesJsonTypeForAJsonColumn(String engine, SemanticLayer layer) {
    SchemaReport report = layer.verifySchema();
    assertTrue(report.isClean(), report.toString());
    assertEquals(3, report.tables());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void typedPathsAreAttributes(String engine, SemanticLayer layer) {
    List<List<Object>> expected = new ArrayList<>();
    GOOD_DOCS.forEach((id, doc) -> expected.add(values(id, asText(doc, "currency"),
        asText(doc, "context", "campaign"), asBoolean(doc, "paid"), asLong(doc, "amount"), asInt(doc, "qty"),
        asDouble(doc, "price"), asInt(doc, "context", "n", "deep"))));
    // The reads the data is there for: a value of each kind, from a JSON string, JSON null, and an object as text.
    assertEquals(values(2, "EUR", null, false, 250L, 3, 2.25, null), expected.get(1));
    assertEquals(values(5, "USD", null, null, -50L, null, null, null), expected.get(4));
    List<List<Object>> actual = new ArrayList<>();
    layer.query(DOC_COUNT).by(DOC_ID, CURRENCY, CAMPAIGN, PAID, AMOUNT, QTY, PRICE, DEEP).where(KIND.eq(GOOD))
        .fetch().rows().forEach(r -> actual.add(values(r.get(DOC_ID), r.get(CURRENCY), r.get(CAMPAIGN),
            r.get(PAID), r.get(AMOUNT), r.get(QTY), r.get(PRICE), r.get(DEEP))));
    actual.sort(Comparator.comparing(r -> (Integer) r.get(0)));
    assertEquals(expected, actual);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void aDimensionsTypedPathIsReadUnderItsJoin(String engine, SemanticLayer layer) {
    Map<String, List<Object>> expected = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
    GOOD_DOCS.forEach((id, doc) -> {
      String tier = asText(OWNERS.get(owner(id)), "tier");
      Long amount = asLong(doc, "amount");
      List<Object> sums = expected.computeIfAbsent(tier, t -> values(0L, null));
      sums.set(0, (Long) sums.get(0) + 1);
      if (amount != null) {
        sums.set(1, sums.get(1) == null ? amount : (Long) sums.get(1) + amount);
      }
    });
    assertEquals(values(3L, 100L), expected.get("gold"));
    Map<String, List<Object>> actual = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
    layer.query(DOC_COUNT, TOTAL_AMOUNT).by(TIER).where(KIND.eq(GOOD)).fetch().rows()
        .forEach(r -> actual.put(r.get(TIER), values(r.get(DOC_COUNT), r.get(TOTAL_AMOUNT))));
    assertEquals(expected, actual);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void hasFindsKeysHoldingJsonNullAndNotKeysOfStringsOrArrays(String engine, SemanticLayer layer) {
    Map<Integer, List<Long>> expected = new TreeMap<>();
    GOOD_DOCS.forEach((id, doc) -> expected.put(id, List.of(has(doc, "amount") ? 1L : 0L,
        has(doc, "context", "campaign") ? 1L : 0L)));
    assertEquals(List.of(1L, 0L), expected.get(3));
    assertEquals(List.of(1L, 1L), expected.get(5));
    assertEquals(List.of(0L, 0L), expected.get(8));
    assertEquals(List.of(0L, 0L), expected.get(9));
    Map<Integer, List<Long>> actual = new TreeMap<>();
    layer.query(WITH_AMOUNT, WITH_CAMPAIGN).by(DOC_ID).where(KIND.eq(GOOD)).fetch().rows()
        .forEach(r -> actual.put(r.get(DOC_ID), List.of(r.get(WITH_AMOUNT), r.get(WITH_CAMPAIGN))));
    assertEquals(expected, actual);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void measuresSumTypedPathsPerCurrency(String engine, SemanticLayer layer) {
    Map<String, List<Object>> expected = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
    GOOD_DOCS.values().stream().collect(Collectors.groupingBy(doc -> Optional.ofNullable(asText(doc, "currency"))))
        .forEach((currency, docs) -> {
          List<Long> amounts = docs.stream().map(d -> asLong(d, "amount")).filter(Objects::nonNull).toList();
          List<Integer> qtys = docs.stream().map(d -> asInt(d, "qty")).filter(Objects::nonNull).toList();
          List<Double> prices = docs.stream().map(d -> asDouble(d, "price")).filter(Objects::nonNull).toList();
          expected.put(currency.orElse(null), values(
              amounts.isEmpty() ? null : amounts.stream().mapToLong(Long::longValue).sum(),
              qtys.isEmpty() ? null : qtys.stream().mapToLong(Integer::longValue).sum(),
              prices.isEmpty() ? null : prices.stream().mapToDouble(Double::doubleValue).sum(),
              docs.stream().filter(d -> has(d, "amount")).count(),
              docs.stream().filter(d -> has(d, "context", "campaign")).count()));
        });
    assertEquals(values(50L, 2L, 11.5, 3L, 2L), expected.get("USD"));
    Map<String, List<Object>> actual = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
    layer.query(TOTAL_AMOUNT, TOTAL_QTY, TOTAL_PRICE, WITH_AMOUNT, WITH_CAMPAIGN).by(CURRENCY)
        .where(KIND.eq(GOOD)).fetch().rows().forEach(r -> actual.put(r.get(CURRENCY), values(r.get(TOTAL_AMOUNT),
            r.get(TOTAL_QTY), r.get(TOTAL_PRICE), r.get(WITH_AMOUNT), r.get(WITH_CAMPAIGN))));
    assertEquals(expected, actual);
    BigDecimal decimal = GOOD_DOCS.values().stream().map(d -> asDecimal(d, "price")).filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal total = layer.query(TOTAL_PRICE_DECIMAL).where(KIND.eq(GOOD)).fetch().rows().getFirst()
        .get(TOTAL_PRICE_DECIMAL);
    assertEquals(0, decimal.compareTo(total), decimal + " vs " + total);
    // Three prices: every definition of the median agrees.
    List<Double> prices = GOOD_DOCS.values().stream().map(d -> asDouble(d, "price")).filter(Objects::nonNull)
        .sorted().toList();
    assertEquals(3, prices.size());
    Row shared = layer.query(TOTAL_PRICE, MEDIAN_PRICE).where(KIND.eq(GOOD)).fetch().rows().getFirst();
    assertEquals(List.of(prices.stream().mapToDouble(Double::doubleValue).sum(), prices.get(1)),
        List.of(shared.get(TOTAL_PRICE), shared.get(MEDIAN_PRICE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void typedAndTextFiltersOnAJsonAttribute(String engine, SemanticLayer layer) {
    long usdDocs = GOOD_DOCS.values().stream().filter(d -> "USD".equals(asText(d, "currency"))).count();
    Long usdAmount = sum(d -> "USD".equals(asText(d, "currency")) ? asLong(d, "amount") : null);
    long paidDocs = GOOD_DOCS.values().stream().filter(d -> Boolean.TRUE.equals(asBoolean(d, "paid"))).count();
    assertEquals(List.of(3L, 50L, 2L), List.of(usdDocs, usdAmount, paidDocs));
    Row typed = layer.query(DOC_COUNT, TOTAL_AMOUNT).where(CURRENCY.eq("USD").and(KIND.eq(GOOD))).fetch().rows()
        .getFirst();
    assertEquals(List.of(usdDocs, usdAmount), List.of(typed.get(DOC_COUNT), typed.get(TOTAL_AMOUNT)));
    Row text = layer.textQuery(List.of("json.doc_count", "json.total_amount"))
        .where("json.docs.currency = 'USD' and json.docs.kind = 'good'").fetch().rows().getFirst();
    assertEquals(List.of(usdDocs, usdAmount), List.of(text.get(DOC_COUNT), text.get(TOTAL_AMOUNT)));
    assertEquals(paidDocs, layer.query(DOC_COUNT).where(PAID.eq(true).and(KIND.eq(GOOD))).fetch().rows()
        .getFirst().get(DOC_COUNT));
  }

  /** Each bad document's failing read: the measure, and the oracle's reading of its property. */
  private static Stream<Arguments> badReads() {
    List<Arguments> reads = new ArrayList<>();
    BAD_DOCS.forEach((id, doc) -> {
      if (has(doc, "amount")) {
        reads.add(Arguments.of(id, BAD_AMOUNT, "amount", "bigint", (Runnable) () -> asLong(doc, "amount")));
      } else if (has(doc, "price")) {
        reads.add(Arguments.of(id, BAD_PRICE, "price", "double", (Runnable) () -> asDouble(doc, "price")));
      } else if (has(doc, "paid")) {
        reads.add(Arguments.of(id, BAD_COUNT, "paid", "boolean", (Runnable) () -> asBoolean(doc, "paid")));
      }
    });
    return reads.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void aValueOfAnotherKindFailsTheQueryNamingThePropertyAndTheValue(String engine, SemanticLayer layer) {
    List<Arguments> reads = badReads().toList();
    assertEquals(7, reads.size());
    // A count reads no path: every bad document counts, and nothing fails.
    assertEquals(BAD_DOCS.size(), layer.query(BAD_COUNT).fetch().rows().getFirst().get(BAD_COUNT).intValue());
    for (Arguments read : reads) {
      Object[] args = read.get();
      int id = (Integer) args[0];
      MetricRef<?> metric = (MetricRef<?>) args[1];
      String property = (String) args[2];
      String type = (String) args[3];
      String value = assertThrows(WrongKind.class, ((Runnable) args[4])::run).getMessage();
      // The where leaves every other bad document out before any read: only this one's value fails.
      MetricQuery query = property.equals("paid")
          ? layer.query(metric).by(BAD_PAID).where(BAD_ID.eq(id))
          : layer.query(metric).where(BAD_ID.eq(id));
      DatabaseException e = assertThrows(DatabaseException.class, query::fetch, engine + " doc " + id);
      assertEquals("GrainlineJsonValue", e.id(), e.getMessage());
      String expected = "[GrainlineJsonValue] " + SCHEMA + ".bad_docs.props." + property + " is read as " + type
          + ", and a row holds " + value + "; fix the data, or read it with ";
      assertTrue(e.getMessage().startsWith(expected), e.getMessage() + "\n expected: " + expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void anIntegerBeyondTheDeclaredRangeIsAnOverflow(String engine, SemanticLayer layer) {
    DatabaseException e = assertThrows(DatabaseException.class,
        () -> layer.query(BAD_QTY).where(BAD_ID.eq(106)).fetch());
    assertEquals("GrainlineOverflow", e.id(), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void everyQuestionMarkOfTheSqlIsABindValue(String engine, SemanticLayer layer) {
    List<MetricQuery> queries = List.of(
        layer.query(WITH_AMOUNT, WITH_CAMPAIGN).by(DOC_ID).where(KIND.eq(GOOD)),
        layer.query(TOTAL_AMOUNT, TOTAL_PRICE_DECIMAL).by(CURRENCY, PAID).where(CURRENCY.eq("USD")),
        layer.textQuery(List.of("json.doc_count")).where("json.docs.currency = 'USD'"),
        layer.query(BAD_AMOUNT, BAD_PRICE).by(BAD_PAID).where(BAD_ID.eq(101)));
    for (MetricQuery query : queries) {
      String sql = query.sql();
      assertEquals(query.bindValues().size(), sql.chars().filter(c -> c == '?').count(), sql);
    }
  }
}
