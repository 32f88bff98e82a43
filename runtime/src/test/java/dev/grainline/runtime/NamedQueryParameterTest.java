package dev.grainline.runtime;

import static dev.grainline.runtime.shop.ShopFixture.CHANNEL;
import static dev.grainline.runtime.shop.ShopFixture.REGION;
import static dev.grainline.runtime.shop.ShopFixture.REVENUE;
import static dev.grainline.runtime.shop.ShopFixture.SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grainline.QueryException;
import dev.grainline.runtime.shop.ShopFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A named query with parameters gives, on every engine, the rows of the same query with the values written in, and
 * all its calls share one plan. The query: revenue and sales by region, of one channel, between two days, with at
 * least some revenue, by region name (NULLs last).
 */
class NamedQueryParameterTest {
  private static final String NAME = "shop.channel_by_region";
  private static final DimensionRef<LocalDate> DATE = DimensionRef.of("shop.day", "date", LocalDate.class);

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> layers() {
    return ShopFixture.layers();
  }

  private static NamedMetricQuery tile(SemanticLayer layer, String channel, LocalDate from, LocalDate to,
      Object minRevenue) {
    return layer.named(NAME).bind("channel", channel).bind("from", from).bind("to", to)
        .bind("min_revenue", minRevenue);
  }

  private static TypedQuery written(SemanticLayer layer, String channel, LocalDate from, LocalDate to,
      double minRevenue) {
    return layer.query(REVENUE, SALES).by(REGION).where(CHANNEL.eq(channel).and(DATE.between(from, to)))
        .having(REVENUE.ge(minRevenue)).orderBy(REGION.asc());
  }

  private static List<List<Object>> rows(Result result) {
    List<List<Object>> rows = new ArrayList<>();
    for (Row row : result.rows()) {
      rows.add(Arrays.asList(row.get(REGION), row.get(REVENUE), row.get(SALES)));
    }
    return rows;
  }

  /**
   * The web sales of 2024-01-01 to 01-03 are sales 1, 3 and 4, all North (1 + 3 + 10); on 01-04 come sale 7 of the
   * region without a name and sale 8 of an unknown region (7 + 4), which group under NULL.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void givesTheRowsOfTheQueryWithTheValuesWrittenIn(String name, SemanticLayer layer) {
    LocalDate first = LocalDate.of(2024, 1, 1);
    Result threeDays = tile(layer, "web", first, LocalDate.of(2024, 1, 3), 0.5).fetch();
    assertEquals(List.of(List.of("North", 14.0, 3L)), rows(threeDays));
    assertEquals(rows(written(layer, "web", first, LocalDate.of(2024, 1, 3), 0.5).fetch()), rows(threeDays));

    Result fourDays = tile(layer, "web", first, LocalDate.of(2024, 1, 4), 0.5).fetch();
    assertEquals(List.of(List.of("North", 14.0, 3L), Arrays.asList(null, 11.0, 2L)), rows(fourDays));
    assertEquals(rows(written(layer, "web", first, LocalDate.of(2024, 1, 4), 0.5).fetch()), rows(fourDays));

    // An integer for a Double parameter is the same number.
    Result bigOnly = tile(layer, "web", first, LocalDate.of(2024, 1, 4), 12).fetch();
    assertEquals(List.of(List.of("North", 14.0, 3L)), rows(bigOnly));
    assertEquals(rows(written(layer, "web", first, LocalDate.of(2024, 1, 4), 12.0).fetch()), rows(bigOnly));
  }

  @Test
  void everyCallSharesOnePlan() {
    for (DataSource engine : ShopFixture.engines()) {
      SemanticLayer layer = SemanticLayer.create(ShopFixture.MODEL, engine);
      LocalDate first = LocalDate.of(2024, 1, 1);
      NamedMetricQuery web = tile(layer, "web", first, LocalDate.of(2024, 1, 3), 0.5);
      NamedMetricQuery store = tile(layer, "store", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 28), 1.0);
      assertEquals(List.of(List.of("North", 14.0, 3L)), rows(web.fetch()));
      // Sales 9 (no region, 6.0) and 10 (South, 5.0).
      assertEquals(List.of(List.of("South", 5.0, 1L), Arrays.asList(null, 6.0, 1L)), rows(store.fetch()));
      assertEquals(new PlanStats(1, 1), layer.planStats());
      assertEquals(web.sql(), store.sql());
    }
  }

  @Test
  void theParametersAreListedInTheOrderTheyFirstAppear() {
    assertEquals(List.of(Map.entry("channel", String.class), Map.entry("from", LocalDate.class),
        Map.entry("to", LocalDate.class), Map.entry("min_revenue", Double.class)),
        List.copyOf(offline().named(NAME).parameters().entrySet()));
  }

  @Test
  void aMissingValueIsNamed() {
    QueryException e = assertThrows(QueryException.class,
        () -> offline().named(NAME).bind("channel", "web").bind("to", LocalDate.of(2024, 1, 1)).sql());
    assertEquals(List.of("GrainlineParamMissing", "GrainlineParamMissing"), e.errors().stream().map(er -> er.id())
        .toList());
    assertEquals("[GrainlineParamMissing] named query shop.channel_by_region needs a value for parameter from"
        + " (LocalDate); give it with bind(\"from\", value)", e.errors().get(0).message());
  }

  @Test
  void anUnknownParameterSuggestsTheNearest() {
    QueryException e = assertThrows(QueryException.class, () -> offline().named(NAME).bind("chanel", "web"));
    assertEquals("[GrainlineUnknownReference] chanel: no such parameter of named query shop.channel_by_region;"
        + " did you mean channel?", e.getMessage());
  }

  @Test
  void aValueOfAnotherTypeIsRejected() {
    QueryException e = assertThrows(QueryException.class, () -> offline().named(NAME).bind("from", "2024-01-01"));
    assertEquals("[GrainlineParamValue] parameter from of named query shop.channel_by_region takes LocalDate"
        + " values, not String (the value 2024-01-01)", e.getMessage());
  }

  @Test
  void nullIsNotAValue() {
    QueryException e = assertThrows(QueryException.class, () -> offline().named(NAME).bind("channel", null));
    assertEquals("[GrainlineParamValue] parameter channel of named query shop.channel_by_region is NULL, which is"
        + " not a value; a condition tests for NULL with isNull()", e.getMessage());
  }

  @Test
  void theFieldNameLeadsToTheQuerysName() {
    QueryException e = assertThrows(QueryException.class, () -> offline().named("CHANNEL_BY_REGION"));
    assertEquals("[GrainlineUnknownReference] CHANNEL_BY_REGION: no such named query; did you mean"
        + " shop.channel_by_region? (named queries are named like metrics)", e.getMessage());
  }

  private static SemanticLayer offline() {
    return SemanticLayer.offline(ShopFixture.MODEL, Dialect.POSTGRES);
  }
}
