package dev.grainline.examples.differential;

import static dev.grainline.examples.differential.StoreKnownCasesTest.compareLoosely;
import static dev.grainline.examples.differential.StoreKnownCasesTest.keyed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.examples.differential.EngineFixture.Target;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.Result;
import dev.grainline.runtime.TextQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Semi-additive measures (the inventory's units on hand) on the sample data, every target against hand-written SQL
 * run on the same engine: each case says what it means in plain SQL (a {@code row_number()} per product and period,
 * the counts of a day, a join on the previous month), written from the rule as the README states it, with no
 * Grainline planning in it. The SQL of each case also gives the same rows on both engines.
 *
 * <p>The rule: a product's value on a day is its count of that day, the greater of two counts, NULL counts left out;
 * per product and group of the query's rows (after its filters), the value on its last (first) day with a count in
 * the group, or the least, greatest or mean value of its days; summed over products. The totals rule: per day of the
 * group, the sum of the day's counts (every one: the rule knows no products); the total of the group's last (first)
 * day, or the least, greatest or mean total. A group of rows whose counts are all NULL is a row with NULL.
 */
class SemiAdditiveDifferentialTest {
  /** How a case groups the inventory's rows: SQL key expressions over i (counts), d (dates), p (products). */
  private record Grouping(List<String> dimensions, List<String> keys, String where) {
    static Grouping of(List<String> dimensions, List<String> keys) {
      return new Grouping(dimensions, keys, "TRUE");
    }

    Grouping where(String sql) {
      return new Grouping(dimensions, keys, sql);
    }

    String keyList(String prefix) {
      return keys.isEmpty() ? "" : java.util.stream.IntStream.range(0, keys.size()).mapToObj(i -> prefix + "k" + i)
          .collect(Collectors.joining(", ")) + ", ";
    }

    String keyColumns() {
      return java.util.stream.IntStream.range(0, keys.size()).mapToObj(i -> keys.get(i) + " AS k" + i)
          .collect(Collectors.joining(", "));
    }

    String joinOn(String left, String right) {
      return keys.isEmpty() ? "TRUE" : java.util.stream.IntStream.range(0, keys.size())
          .mapToObj(i -> left + ".k" + i + " IS NOT DISTINCT FROM " + right + ".k" + i)
          .collect(Collectors.joining(" AND "));
    }
  }

  /** What is taken of a product's (or a day's total) values in a group. */
  private enum Pick {
    LAST, FIRST, MIN, MAX, AVG;

    /** The value of {@code column} over each partition, in SQL that ranks or aggregates rows of {@code from}. */
    String over(String column, String partition, String from) {
      return switch (this) {
        case LAST, FIRST -> "SELECT " + partition + column + " AS v FROM (SELECT " + from + ".*, row_number() OVER"
            + " (PARTITION BY " + trimmed(partition) + " ORDER BY day " + (this == LAST ? "DESC" : "ASC")
            + ") AS rn FROM " + from + ") ranked WHERE rn = 1";
        // Not "* 1.0": that is a DECIMAL(…,1) on Trino, whose avg keeps one decimal place. 1.0e0 is a double on
        // DuckDB and Trino and an exact numeric on PostgreSQL.
        case MIN, MAX, AVG -> "SELECT " + partition + name().toLowerCase(java.util.Locale.ROOT) + "(" + column
            + (this == AVG ? " * 1.0e0" : "") + ") AS v FROM " + from + " GROUP BY " + trimmed(partition);
      };
    }

    private static String trimmed(String partition) {
      String p = partition.strip();
      return p.endsWith(",") ? p.substring(0, p.length() - 1) : p;
    }
  }

  private static final String DAILY = "daily";

  /**
   * The per-product rule in SQL: the counts of the query's rows with their group key, one value per product and
   * day, the pick per product and group, summed per group; every group that has rows, NULL-counted or not.
   */
  private static String perProduct(Grouping g, Pick pick) {
    return common(g) + ", picked AS (" + pick.over("units", g.keyList("") + "entity, ", DAILY) + ")"
        + ", valued AS (SELECT " + g.keyList("") + "sum(v) AS v FROM picked"
        + (g.keys().isEmpty() ? "" : " GROUP BY " + Pick.trimmed(g.keyList(""))) + ")"
        + result(g);
  }

  /** The totals rule in SQL: per group and day the sum over the products counted, then the pick over the days. */
  private static String totals(Grouping g, Pick pick) {
    return common(g) + ", day_totals AS (SELECT " + g.keyList("") + "day, sum(units) AS total FROM counted"
        + " WHERE units IS NOT NULL GROUP BY " + g.keyList("") + "day)"
        + ", valued AS (" + (g.keys().isEmpty() && (pick == Pick.LAST || pick == Pick.FIRST)
            ? pick.over("total", "", "day_totals").replace("PARTITION BY  ", "")
            : pick.over("total", g.keyList(""), "day_totals")) + ")"
        + result(g);
  }

  private static String common(Grouping g) {
    return "WITH counted AS (SELECT " + (g.keys().isEmpty() ? "" : g.keyColumns() + ", ")
        + "i.product_id AS entity, i.snapshot_date AS day, i.units_on_hand AS units"
        + " FROM {s}.inventory_snapshots i LEFT JOIN {s}.dates d ON d.date_id = i.snapshot_date"
        + " LEFT JOIN {s}.products p ON p.product_id = i.product_id WHERE " + g.where() + ")"
        + ", " + DAILY + " AS (SELECT " + g.keyList("") + "entity, day, max(units) AS units FROM counted"
        + " WHERE units IS NOT NULL GROUP BY " + g.keyList("") + "entity, day)";
  }

  private static String result(Grouping g) {
    if (g.keys().isEmpty()) {
      return " SELECT (SELECT v FROM valued)";
    }
    return " SELECT " + g.keyList("groups.") + "valued.v FROM (SELECT DISTINCT " + Pick.trimmed(g.keyList(""))
        + " FROM counted) groups LEFT JOIN valued ON " + g.joinOn("groups", "valued");
  }

  private static final List<String> MONTH = List.of("v3.date.year", "v3.date.month");
  private static final List<String> MONTH_KEYS = List.of("d.year", "d.month");

  private static Grouping byMonth() {
    return Grouping.of(MONTH, MONTH_KEYS);
  }

  /** One case: a query, and the SQL that says what its rows are. */
  private record Case(String name, List<String> metrics, Grouping grouping, Optional<String> where,
      Map<Dialect, String> sql) {}

  private static Case perProductCase(String name, String metric, Pick pick, Grouping grouping, Optional<String> where) {
    return new Case(name, List.of(metric), grouping, where, same(perProduct(grouping, pick)));
  }

  private static Map<Dialect, String> same(String sql) {
    Map<Dialect, String> both = new LinkedHashMap<>();
    for (Dialect dialect : Dialect.values()) {
      both.put(dialect, sql);
    }
    return both;
  }

  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    Grouping byCategoryAndMonth = Grouping.of(Stream.concat(Stream.of("v3.product.category"), MONTH.stream())
        .toList(), List.of("p.category", "d.year", "d.month"));
    Grouping byDay = Grouping.of(List.of("v3.date.date_id"), List.of("d.date_id"));
    Grouping overall = Grouping.of(List.of(), List.of());
    cases.add(perProductCase("month-end stock", "v3.units_on_hand", Pick.LAST, byMonth(), Optional.empty()));
    cases.add(perProductCase("by category and month", "v3.units_on_hand", Pick.LAST, byCategoryAndMonth,
        Optional.empty()));
    cases.add(perProductCase("by day", "v3.units_on_hand", Pick.LAST, byDay, Optional.empty()));
    cases.add(perProductCase("no time dimension: each product's last count", "v3.units_on_hand", Pick.LAST, overall,
        Optional.empty()));
    cases.add(perProductCase("by category, no time dimension", "v3.units_on_hand", Pick.LAST,
        Grouping.of(List.of("v3.product.category"), List.of("p.category")), Optional.empty()));
    cases.add(perProductCase("a date filter ends March on the 15th", "v3.units_on_hand", Pick.LAST,
        byMonth().where("d.date_id BETWEEN 20240101 AND 20240315"),
        Optional.of("v3.date.date_id BETWEEN 20240101 AND 20240315")));
    cases.add(perProductCase("a product filter", "v3.units_on_hand", Pick.LAST,
        byMonth().where("p.product_id IN (1, 2, 3, 56, 57)"),
        Optional.of("v3.product.product_id IN (1, 2, 3, 56, 57)")));
    cases.add(perProductCase("a filter in no time dimension", "v3.units_on_hand", Pick.LAST,
        overall.where("d.year = 2023"), Optional.of("v3.date.year = 2023")));
    cases.add(perProductCase("opening stock", "v3.opening_units_on_hand", Pick.FIRST, byMonth(), Optional.empty()));
    cases.add(perProductCase("least stock", "v3.min_units_on_hand", Pick.MIN, byCategoryAndMonth, Optional.empty()));
    cases.add(perProductCase("greatest stock", "v3.max_units_on_hand", Pick.MAX, byMonth(), Optional.empty()));
    cases.add(perProductCase("mean stock", "v3.avg_units_on_hand", Pick.AVG, byMonth(), Optional.empty()));
    cases.add(new Case("the last count day's total", List.of("v3.units_on_last_count_day"), byMonth(),
        Optional.empty(), same(totals(byMonth(), Pick.LAST))));
    cases.add(new Case("the last count day's total by category", List.of("v3.units_on_last_count_day"),
        byCategoryAndMonth, Optional.empty(), same(totals(byCategoryAndMonth, Pick.LAST))));
    cases.add(new Case("the last count day's total, no time dimension", List.of("v3.units_on_last_count_day"),
        overall, Optional.empty(), same(totals(overall, Pick.LAST))));
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> everyTargetAgreesWithTheSql() {
    DifferentialFixture fixture = DifferentialFixture.get();
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      int keys = c.grouping().dimensions().size();
      Map<Dialect, Map<List<Object>, List<Object>>> expected = new HashMap<>();
      for (Dialect dialect : fixture.dialects()) {
        expected.put(dialect, keyed(fixture.sql(dialect, c.sql().get(dialect)), keys));
      }
      compareLoosely(c.name() + ": PostgreSQL's SQL vs DuckDB's", expected.get(Dialect.POSTGRES),
          expected.get(Dialect.DUCKDB));
      assertTrue(expected.get(Dialect.POSTGRES).values().stream().anyMatch(v -> v.get(0) != null),
          c.name() + ": the case has values");
      for (Target target : fixture.targets()) {
        compareLoosely(c.name() + " on " + target.name(), expected.get(target.dialect()),
            keyed(run(target, c.metrics(), c.grouping().dimensions(), c.where()), keys));
      }
    }));
  }

  private static Result run(Target target, List<String> metrics, List<String> dimensions, Optional<String> where) {
    TextQuery query = target.layer().textQuery(metrics).by(dimensions);
    if (where.isPresent()) {
      query = query.where(where.get());
    }
    return query.fetch();
  }

  /** The toy data's counts, checked by hand (ToyData): a NULL count, two counts on one day, irregular days. */
  @TestFactory
  Stream<DynamicTest> toyValuesCheckedByHand() {
    DifferentialFixture toy = DifferentialFixture.toy();
    List<String> metrics = List.of("v3.units_on_hand", "v3.opening_units_on_hand", "v3.min_units_on_hand",
        "v3.max_units_on_hand", "v3.avg_units_on_hand", "v3.units_on_last_count_day");
    return toy.targets().stream().map(target -> DynamicTest.dynamicTest(target.name(), () -> {
      // January: phone 10, 8, NULL, 4; novel 12, 7 and 9 on the 10th, 11. Last count day the 31st: the phone's 4.
      assertEquals(List.of(List.of(1, 15L, 22L, 13L, 22L, 18.0, 4L)),
          rows(run(target, metrics, List.of("v3.date.month"), Optional.empty())));
      // Week 2 (January 8-14): the 10th, phone 8 and novel 9; its totals add both of the novel's counts: 24.
      assertEquals(List.of(2, 17L, 24L), rows(run(target, List.of("v3.units_on_hand", "v3.units_on_last_count_day"),
          List.of("v3.date.week"), Optional.of("v3.date.week = 2"))).get(0));
      // No time dimension: each product's last count, also when a filter ends the range on the 20th (NULL then).
      assertEquals(List.of(List.of(15L)), rows(run(target, List.of("v3.units_on_hand"), List.of(),
          Optional.empty())));
      assertEquals(List.of(List.of(17L)), rows(run(target, List.of("v3.units_on_hand"), List.of(),
          Optional.of("v3.date.date_id <= 20240120"))));
    }));
  }

  /** Days that gap filling adds have no count: NULL, not a stock of 0; counted days keep their value. */
  @TestFactory
  Stream<DynamicTest> filledGapsShowNoStock() {
    DifferentialFixture toy = DifferentialFixture.toy();
    return toy.targets().stream().map(target -> DynamicTest.dynamicTest(target.name(), () -> {
      Map<Object, Object> byDay = new LinkedHashMap<>();
      target.layer().textQuery("v3.units_on_hand", "v3.counted_products").by("v3.date.date_id")
          .fillGaps(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 1, 12)).fetch().rows()
          .forEach(r -> byDay.put(r.values().get(0), r.values().subList(1, 3)));
      assertEquals(15, byDay.size(), "the 12 days filled, and the 20th, 25th and 31st counted");
      assertEquals(java.util.Arrays.asList(10L, 1L), byDay.get(20240101));
      assertEquals(java.util.Arrays.asList(null, 0L), byDay.get(20240102), "an added day: no stock known");
      assertEquals(java.util.Arrays.asList(17L, 2L), byDay.get(20240110), "the phone's 8 and the novel's 9");
    }));
  }

  /** The plan says how a snapshot is computed: per entity and time, per entity, summed across entities. */
  @TestFactory
  Stream<DynamicTest> explainedAsSnapshots() {
    DifferentialFixture toy = DifferentialFixture.toy();
    return toy.targets().stream().map(target -> DynamicTest.dynamicTest(target.name(), () -> {
      String explained = target.layer().textQuery("v3.units_on_hand", "v3.units_on_last_count_day")
          .by("v3.date.month").explain().toString();
      assertTrue(explained.contains("lastValue(inventory_snapshots.units_on_hand).per(product.product_id)"
          + ".over(date_snapshot.date_id)"), explained);
      assertTrue(explained.contains("sum across entities, never across time"), explained);
      assertTrue(explained.contains("then per entity: entity v3.product.product_id"), explained);
      assertTrue(explained.contains("then per time: date_snapshot.date_value.truncatedTo(DAY)"), explained);
    }));
  }

  private static List<List<Object>> rows(Result result) {
    return result.rows().stream().map(r -> (List<Object>) new ArrayList<>(r.values())).toList();
  }

  /** Composed: a ratio of the fact's own metrics, a ratio across facts, a base metric of another fact, a lag. */
  @TestFactory
  Stream<DynamicTest> composedWithOtherMetrics() {
    DifferentialFixture fixture = DifferentialFixture.get();
    String stock = perProduct(byMonth(), Pick.LAST);
    String products = "SELECT d.year, d.month, count(DISTINCT i.product_id) FROM {s}.inventory_snapshots i"
        + " LEFT JOIN {s}.dates d ON d.date_id = i.snapshot_date GROUP BY d.year, d.month";
    String quantity = "SELECT d.year, d.month, sum(oi.quantity) FROM {s}.orders o JOIN {s}.order_items oi"
        + " ON oi.order_id = o.order_id LEFT JOIN {s}.dates d ON d.date_id = o.order_date GROUP BY d.year, d.month";
    return Stream.of(
        DynamicTest.dynamicTest("units per counted product", () -> {
          for (Dialect dialect : fixture.dialects()) {
            Map<List<Object>, List<Object>> units = keyed(fixture.sql(dialect, stock), 2);
            Map<List<Object>, List<Object>> counted = keyed(fixture.sql(dialect, products), 2);
            Map<List<Object>, List<Object>> expected = new LinkedHashMap<>();
            units.forEach((key, v) -> expected.put(key, List.of(v.get(0), counted.get(key).get(0),
                ratio(v.get(0), counted.get(key).get(0)))));
            assertEquals(units.keySet(), counted.keySet());
            for (Target target : targets(fixture, dialect)) {
              compareLoosely("units per counted product on " + target.name(), expected, keyed(run(target,
                  List.of("v3.units_on_hand", "v3.counted_products", "v3.units_per_counted_product"), MONTH,
                  Optional.empty()), 2));
            }
          }
        }),
        DynamicTest.dynamicTest("stock and order lines by month, and their ratio", () -> {
          for (Dialect dialect : fixture.dialects()) {
            Map<List<Object>, List<Object>> units = keyed(fixture.sql(dialect, stock), 2);
            Map<List<Object>, List<Object>> sold = keyed(fixture.sql(dialect, quantity), 2);
            Map<List<Object>, List<Object>> expected = new LinkedHashMap<>();
            java.util.Set<List<Object>> months = new java.util.LinkedHashSet<>(units.keySet());
            months.addAll(sold.keySet());
            for (List<Object> month : months) {
              Object u = units.containsKey(month) ? units.get(month).get(0) : null;
              Object q = sold.containsKey(month) ? sold.get(month).get(0) : null;
              expected.put(month, java.util.Arrays.asList(u, q, ratio(u, q)));
            }
            assertTrue(units.size() > sold.size(), "counts before and after the orders");
            for (Target target : targets(fixture, dialect)) {
              compareLoosely("stock and order lines on " + target.name(), expected, keyed(run(target,
                  List.of("v3.units_on_hand", "v3.total_quantity", "v3.stock_cover"), MONTH, Optional.empty()),
                  2));
            }
          }
        }),
        DynamicTest.dynamicTest("the previous month's month-end stock", () -> {
          for (Dialect dialect : fixture.dialects()) {
            Map<List<Object>, List<Object>> units = keyed(fixture.sql(dialect, stock), 2);
            Map<List<Object>, List<Object>> expected = new LinkedHashMap<>();
            units.forEach((key, v) -> {
              int year = ((Number) key.get(0)).intValue();
              int month = ((Number) key.get(1)).intValue();
              List<Object> previous = month == 1 ? List.of(year - 1, 12) : List.of(year, month - 1);
              Object last = units.containsKey(previous) ? units.get(previous).get(0) : null;
              Object change = last == null || v.get(0) == null ? null
                  : ((Number) v.get(0)).longValue() - ((Number) last).longValue();
              expected.put(key, java.util.Arrays.asList(v.get(0), last, change));
            });
            for (Target target : targets(fixture, dialect)) {
              compareLoosely("lag of the month-end stock on " + target.name(), expected, keyed(run(target,
                  List.of("v3.units_on_hand", "v3.units_on_hand_last_month", "v3.units_on_hand_change"), MONTH,
                  Optional.empty()), 2));
            }
          }
        }),
        DynamicTest.dynamicTest("by day, each day shows the previous month's month-end stock", () -> {
          for (Dialect dialect : fixture.dialects()) {
            Map<List<Object>, List<Object>> units = keyed(fixture.sql(dialect, stock), 2);
            Map<List<Object>, List<Object>> days = keyed(fixture.sql(dialect,
                "SELECT DISTINCT d.date_id, d.year, d.month FROM {s}.inventory_snapshots i"
                    + " JOIN {s}.dates d ON d.date_id = i.snapshot_date"), 1);
            Map<List<Object>, List<Object>> expected = new LinkedHashMap<>();
            days.forEach((day, yearMonth) -> {
              int year = ((Number) yearMonth.get(0)).intValue();
              int month = ((Number) yearMonth.get(1)).intValue();
              List<Object> previous = month == 1 ? List.of(year - 1, 12) : List.of(year, month - 1);
              expected.put(day, java.util.Arrays.asList(
                  units.containsKey(previous) ? units.get(previous).get(0) : null));
            });
            for (Target target : targets(fixture, dialect)) {
              compareLoosely("lag by day on " + target.name(), expected, keyed(run(target,
                  List.of("v3.units_on_hand_last_month"), List.of("v3.date.date_id"), Optional.empty()), 1));
            }
          }
        }));
  }

  private static List<Target> targets(DifferentialFixture fixture, Dialect dialect) {
    return fixture.targets().stream().filter(t -> t.dialect() == dialect).toList();
  }

  private static Double ratio(Object numerator, Object denominator) {
    if (numerator == null || denominator == null || ((Number) denominator).doubleValue() == 0) {
      return null;
    }
    return ((Number) numerator).doubleValue() / ((Number) denominator).doubleValue();
  }
}
