package dev.grainline.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.grainline.dsl.TimeGrain;
import dev.grainline.runtime.calendar.Sales;
import dev.grainline.runtime.calendar.SalesWindows;
import dev.grainline.testing.TestTrino;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Windows whose frame is counted in a coarser unit than their axis (a month back from each day, a quarter back from
 * each week, a year back from each month), that run to date in a coarser grain, or that look a period ahead, against
 * a plain-Java oracle over the same sales, on every engine, direct and rolled up. The sales touch every month's last
 * day and the leap day, where calendar arithmetic clamps (a month back from March 31 is February 28, as from February
 * 28), and skip some days, so that a frame's edges fall on days without sales. Trino merges these frames by sending
 * each source period to the periods that read it, which has to invert that arithmetic exactly.
 */
class CalendarWindowTest {
  private static final CompiledModel MODEL = CompiledModel.ofClasses("CalendarCatalog", "cal", Sales.class,
      SalesWindows.class);
  private static final String SCHEMA = "cal_sales";
  private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2025, 3, 31);

  /** One sale: its id, day, category, buyer and amount (negative ones are refunds). */
  private record Sale(int id, LocalDate day, String category, String buyer, int amount) {}

  private static final List<Sale> SALES = sales();

  private static List<Sale> sales() {
    List<Sale> sales = new ArrayList<>();
    int i = 0;
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1), i++) {
      boolean edge = day.equals(day.with(TemporalAdjusters.lastDayOfMonth())) || day.getDayOfMonth() == 1;
      if (!edge && i % 5 == 3) {
        continue;
      }
      for (int j = 0; j < 1 + (i % 3 == 0 ? 1 : 0); j++) {
        sales.add(new Sale(sales.size() + 1, day, (i + j) % 2 == 0 ? "a" : "b", "b" + ((i + 3 * j) % 9),
            (i * 37 + j * 11) % 23 - 5));
      }
    }
    return List.copyOf(sales);
  }

  /** A window metric, its axis and how the oracle selects its source periods for a row's period. */
  private record Window(String metric, TimeGrain axis, boolean distinct, BiPredicate<LocalDate, LocalDate> reads) {}

  private static final List<Window> WINDOWS = List.of(
      new Window("cal.amount_1m", TimeGrain.DAY, false, (c, p) -> p.isAfter(c.minusMonths(1)) && !p.isAfter(c)),
      new Window("cal.amount_2m_week_ago", TimeGrain.DAY, false,
          (c, p) -> p.isAfter(c.minusDays(7).minusMonths(2)) && !p.isAfter(c.minusDays(7))),
      new Window("cal.amount_1q_by_week", TimeGrain.WEEK, false,
          (c, p) -> p.isAfter(c.minusMonths(3)) && !p.isAfter(c)),
      new Window("cal.amount_1y_by_month", TimeGrain.MONTH, false,
          (c, p) -> p.isAfter(c.minusYears(1)) && !p.isAfter(c)),
      new Window("cal.buyers_1m", TimeGrain.DAY, true, (c, p) -> p.isAfter(c.minusMonths(1)) && !p.isAfter(c)),
      new Window("cal.amount_ytd", TimeGrain.DAY, false,
          (c, p) -> !p.isBefore(c.withDayOfYear(1)) && !p.isAfter(c)),
      new Window("cal.amount_qtd_by_month", TimeGrain.MONTH, false,
          (c, p) -> !p.isBefore(truncate(c, TimeGrain.QUARTER)) && !p.isAfter(c)),
      new Window("cal.amount_next_month", TimeGrain.MONTH, false, (c, p) -> p.equals(c.plusMonths(1))));

  private static LocalDate truncate(LocalDate day, TimeGrain grain) {
    return switch (grain) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  private static String axisAttribute(TimeGrain axis) {
    return "cal.sales." + axis.sqlName();
  }

  /**
   * The oracle: for each (period, category) with sales (or each period, unpartitioned), the period's amount and the
   * window's value over the sales whose period the window reads; NULL for a sum over none, 0 for a count.
   */
  private static Map<List<Object>, List<Object>> expected(Window window, boolean byCategory) {
    Set<List<Object>> keys = new HashSet<>();
    for (Sale sale : SALES) {
      keys.add(key(truncate(sale.day(), window.axis()), byCategory ? sale.category() : null));
    }
    Map<List<Object>, List<Object>> rows = new TreeMap<>(CalendarWindowTest::compareKeys);
    for (List<Object> key : keys) {
      LocalDate period = (LocalDate) key.get(0);
      Long amount = null;
      Long value = null;
      Set<String> buyers = new HashSet<>();
      for (Sale sale : SALES) {
        if (byCategory && !sale.category().equals(key.get(1))) {
          continue;
        }
        LocalDate source = truncate(sale.day(), window.axis());
        if (source.equals(period)) {
          amount = (amount == null ? 0 : amount) + sale.amount();
        }
        if (window.reads().test(period, source)) {
          value = (value == null ? 0 : value) + sale.amount();
          buyers.add(sale.buyer());
        }
      }
      rows.put(key, Arrays.asList(amount, window.distinct() ? Long.valueOf(buyers.size()) : value));
    }
    return rows;
  }

  private static List<Object> key(LocalDate period, String category) {
    return Arrays.asList(period, category);
  }

  private static int compareKeys(List<Object> a, List<Object> b) {
    int byPeriod = ((LocalDate) a.get(0)).compareTo((LocalDate) b.get(0));
    return byPeriod != 0 ? byPeriod : Objects.toString(a.get(1), "").compareTo(Objects.toString(b.get(1), ""));
  }

  private static Map<List<Object>, List<Object>> actual(SemanticLayer layer, Window window, boolean byCategory) {
    List<String> dimensions = byCategory ? List.of(axisAttribute(window.axis()), "cal.sales.category")
        : List.of(axisAttribute(window.axis()));
    Result result = layer.textQuery("cal.amount", window.metric()).by(dimensions).fetch();
    Map<List<Object>, List<Object>> rows = new TreeMap<>(CalendarWindowTest::compareKeys);
    for (Row row : result.rows()) {
      List<Object> values = row.values();
      List<Object> key = key((LocalDate) values.get(0), byCategory ? (String) values.get(1) : null);
      int first = dimensions.size();
      List<Object> metrics = Arrays.asList(number(values.get(first)), number(values.get(first + 1)));
      assertEquals(null, rows.put(key, metrics), () -> "two rows for " + key);
    }
    return rows;
  }

  private static Long number(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  @TestFactory
  Stream<DynamicTest> windowsEqualTheOracle() {
    List<DynamicTest> tests = new ArrayList<>();
    layers().forEach((name, layer) -> {
      for (Window window : WINDOWS) {
        for (boolean byCategory : List.of(false, true)) {
          tests.add(dynamicTest(name + ": " + window.metric() + (byCategory ? " by category" : ""),
              () -> assertEquals(expected(window, byCategory), actual(layer, window, byCategory))));
        }
      }
    });
    return tests.stream();
  }

  /** Each engine direct and rolled up; Trino when this JVM has it (the build fails without it under -Ptrino). */
  private static Map<String, SemanticLayer> layers() {
    Map<String, SemanticLayer> layers = new LinkedHashMap<>();
    DataSource postgres = Databases.loadedPostgres(SCHEMA, statements("cal_sales.sales",
        "DROP SCHEMA IF EXISTS cal_sales CASCADE", "CREATE SCHEMA cal_sales"));
    DataSource duckdb = Databases.loaded(Databases.duckdb(), statements("cal_sales.sales",
        "CREATE SCHEMA cal_sales"));
    for (boolean rollUp : List.of(false, true)) {
      String suffix = rollUp ? " rolled up" : "";
      layers.put("postgres" + suffix, SemanticLayer.builder(MODEL).dataSource(postgres).rollUpPartials(rollUp).build());
      layers.put("duckdb" + suffix, SemanticLayer.builder(MODEL).dataSource(duckdb).rollUpPartials(rollUp).build());
    }
    TestTrino.url().ifPresent(url -> {
      String table = TestTrino.CATALOG + "." + SCHEMA + ".sales";
      DataSource trino = Databases.loaded(new Databases.DriverManagerDataSource(url),
          statements(table,
              "CREATE SCHEMA IF NOT EXISTS " + TestTrino.CATALOG + "." + SCHEMA, "DROP TABLE IF EXISTS " + table));
      for (boolean rollUp : List.of(false, true)) {
        layers.put("trino" + (rollUp ? " rolled up" : ""), SemanticLayer.builder(MODEL).dataSource(trino)
            .mapSchema(SCHEMA, TestTrino.CATALOG + "." + SCHEMA).rollUpPartials(rollUp).build());
      }
    });
    return layers;
  }

  /** The set-up statements, then the table's creation and one insert of every sale (test data, not a query). */
  private static String[] statements(String table, String... setUp) {
    StringBuilder insert = new StringBuilder("INSERT INTO " + table + " VALUES ");
    for (Sale sale : SALES) {
      insert.append(sale.id() == 1 ? "" : ", ").append("(").append(sale.id()).append(", DATE '").append(sale.day())
          .append("', '").append(sale.category()).append("', '").append(sale.buyer()).append("', ")
          .append(sale.amount()).append(")");
    }
    List<String> statements = new ArrayList<>(List.of(setUp));
    statements.add("CREATE TABLE " + table
        + " (sale_id INTEGER, sold_on DATE, category VARCHAR, buyer VARCHAR, amount INTEGER)");
    statements.add(insert.toString());
    return statements.toArray(String[]::new);
  }
}
