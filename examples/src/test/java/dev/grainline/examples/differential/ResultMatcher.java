package dev.grainline.examples.differential;

import dev.grainline.examples.differential.StoreOracle.OracleResult;
import dev.grainline.examples.differential.StoreOracle.OracleRow;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.Result;
import dev.grainline.runtime.ResultColumn;
import dev.grainline.runtime.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the runtime's rows with the oracle's, column by column and in order. The store's oracle
 * ({@link #mismatch(OracleResult, Result, Dialect)}) knows each metric's check; an oracle of plain rows
 * ({@link #mismatch(List, List, Result)}) is compared as its values say: equal and of the same class, a Double
 * within 1e-9 relative.
 *
 * <ul>
 *   <li>Dimension values are equal, and of the same Java class.
 *   <li>Integer metrics are equal; double metrics within 1e-9 relative (1e-9 absolute below 1); every non-NULL value
 *       has the metric's Java class (Long, Double, Integer) on both engines.
 *   <li>A sample variance computed from sums of squares (the roll-up's combiner) loses about 1e-16 of the mean square
 *       of its values to cancellation, whatever the variance: it is compared within 1e-9 of max(1, |variance|, mean
 *       square). A standard deviation is compared as its square, the same way.
 *   <li>DuckDB's approx_count_distinct is a HyperLogLog estimate. Measured on DuckDB 2.0 over 3,000 random sets of
 *       5 to 2,000 integers, its relative error has a standard deviation of 2.4% (largest 11%); on this data's
 *       groups the largest is under 8% (see {@link StoreDifferentialTest#approximateCountStaysWithinItsTolerance}).
 *       An estimate passes within {@link #APPROXIMATE} (15%, about six standard deviations) or
 *       {@link #APPROXIMATE_ABSOLUTE} (2) of the exact count, whichever is larger: that still fails every plausible
 *       bug (counting rows, counting per partial group and summing, NULL for a missing fact), which are off by
 *       factors. revenue_per_customer is checked through the count it implies (revenue / ratio). On PostgreSQL
 *       both are exact. Trino's approx_distinct documents a standard error of 2.3%, the same tolerance holds.
 *   <li>Order: rows are in the oracle's order. Where the query orders by a double metric, rows whose sort values are
 *       equal within the tolerance may come in either order (and either may be cut by the limit), since sums of
 *       doubles differ in the last bits between engines.
 * </ul>
 */
public final class ResultMatcher {
  /** The relative tolerance of DuckDB's HyperLogLog estimate (see the class comment). */
  public static final double APPROXIMATE = 0.15;
  /** Small counts: HyperLogLog's estimate of 4 distinct values may be 5 or 3; a relative bound alone is too tight. */
  public static final double APPROXIMATE_ABSOLUTE = 2;
  static final double RELATIVE = 1e-9;

  private ResultMatcher() {}

  /** A description of the first difference, or empty when the rows match. */
  public static Optional<String> mismatch(OracleResult expected, Result actual, Dialect dialect) {
    DiffQuery query = expected.query();
    List<String> columns = actual.columns().stream().map(ResultColumn::name).toList();
    if (!columns.equals(expected.columns())) {
      return Optional.of("columns: expected " + expected.columns() + " but got " + columns);
    }
    List<Row> rows = actual.rows();
    if (rows.size() != expected.rows().size()) {
      return Optional.of("expected " + expected.rows().size() + " rows but got " + rows.size() + "\n"
          + sideBySide(expected, rows));
    }
    int dims = query.dims().size();
    boolean tiesMayReorder = query.orderBy().stream().anyMatch(s -> s.operand() instanceof Cond.MetricOperand m
        && m.metric().javaType() == Double.class);
    Map<List<Object>, Integer> positions = new HashMap<>();
    for (int i = 0; i < expected.unlimited().size(); i++) {
      positions.put(expected.unlimited().get(i).key(), i);
    }
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Object> values = rows.get(i).values();
      List<Object> key = values.subList(0, dims);
      OracleRow wanted = expected.unlimited().get(i);
      OracleRow match = null;
      if (sameKey(key, wanted.key()) && !used.contains(i)) {
        match = wanted;
        used.add(i);
      } else if (tiesMayReorder) {
        Integer j = positions.get(new ArrayList<>(key));
        if (j != null && !used.contains(j) && sortValuesTie(query, expected.unlimited().get(j), wanted)) {
          match = expected.unlimited().get(j);
          used.add(j);
        }
      }
      if (match == null) {
        Integer j = positions.get(new ArrayList<>(key));
        return Optional.of("row " + i + ": expected key " + StoreOracle.show(wanted.key()) + " but got "
            + StoreOracle.show(key) + (j == null ? " (a key the oracle does not have)" : " (the oracle's row " + j
            + ")") + "\n" + sideBySide(expected, rows));
      }
      for (int c = 0; c < values.size(); c++) {
        Object e = match.values().get(c);
        Object a = values.get(c);
        Optional<String> problem = c < dims ? compareDimension(e, a)
            : compareMetric(query.metrics().get(c - dims), e, a, match, dialect);
        if (problem.isPresent()) {
          return Optional.of("row " + i + " " + StoreOracle.show(key) + ", column " + columns.get(c) + ": "
              + problem.get() + "\n" + sideBySide(expected, rows));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A description of the first difference between an oracle's plain rows (in result order, under
   * {@code expectedColumns}) and the runtime's, or empty when they match: the same columns, then row by row, every
   * value equal and of the same Java class, a Double within {@link #RELATIVE} (1e-9 absolute below 1).
   */
  public static Optional<String> mismatch(List<String> expectedColumns, List<List<Object>> expected, Result actual) {
    return mismatch(expectedColumns, expected, actual.columns().stream().map(ResultColumn::name).toList(),
        actual.rows().stream().map(Row::values).toList());
  }

  /** {@link #mismatch(List, List, Result)} over the runtime's rows as plain lists. */
  public static Optional<String> mismatch(List<String> expectedColumns, List<List<Object>> expected,
      List<String> actualColumns, List<List<Object>> actual) {
    if (!actualColumns.equals(expectedColumns)) {
      return Optional.of("columns: expected " + expectedColumns + " but got " + actualColumns);
    }
    if (actual.size() != expected.size()) {
      return Optional.of("expected " + expected.size() + " rows but got " + actual.size() + "\n"
          + sideBySide(expectedColumns, expected, actual));
    }
    for (int i = 0; i < actual.size(); i++) {
      List<Object> wanted = expected.get(i);
      List<Object> got = actual.get(i);
      if (wanted.size() != got.size()) {
        return Optional.of("row " + i + ": expected " + wanted.size() + " values but got " + got.size() + "\n"
            + sideBySide(expectedColumns, expected, actual));
      }
      for (int c = 0; c < got.size(); c++) {
        Optional<String> problem = compareValue(wanted.get(c), got.get(c));
        if (problem.isPresent()) {
          return Optional.of("row " + i + ", column " + actualColumns.get(c) + ": " + problem.get() + "\n"
              + sideBySide(expectedColumns, expected, actual));
        }
      }
    }
    return Optional.empty();
  }

  /** A value of a plain row: a Double within the tolerance, anything else equal and of the same class. */
  private static Optional<String> compareValue(Object expected, Object actual) {
    if (expected instanceof Double e && actual instanceof Double a) {
      return within(e, a, RELATIVE) ? Optional.empty() : Optional.of("expected " + e + " but got " + a);
    }
    return compareDimension(expected, actual);
  }

  private static boolean sameKey(List<Object> a, List<Object> b) {
    return a.equals(b);
  }

  /**
   * Whether two rows may come in either order: their sort keys are equal up to the first double metric key, and
   * that one is equal within the metric's tolerance (the engine's last bits then decide, and later keys do not
   * matter).
   */
  private static boolean sortValuesTie(DiffQuery query, OracleRow a, OracleRow b) {
    for (DiffQuery.Sort sort : query.orderBy()) {
      Object x = value(query, sort.operand(), a);
      Object y = value(query, sort.operand(), b);
      if (x == null || y == null) {
        if (x != y) {
          return false;
        }
        continue;
      }
      if (sort.operand() instanceof Cond.MetricOperand m && m.metric().javaType() == Double.class) {
        return close(m.metric(), (Double) x, (Double) y, a, b);
      }
      if (!x.equals(y)) {
        return false;
      }
    }
    return false;
  }

  /** Two oracle values of a double metric that an engine could order either way. */
  private static boolean close(StoreMetric metric, double x, double y, OracleRow a, OracleRow b) {
    double scale = Math.max(a.scale().getOrDefault(metric, 0.0), b.scale().getOrDefault(metric, 0.0));
    return switch (metric.check()) {
      case VARIANCE -> Math.abs(x - y) <= 2 * RELATIVE * Math.max(1, Math.max(Math.abs(x), scale));
      case STDDEV -> Math.abs(x * x - y * y) <= 2 * RELATIVE * Math.max(1, Math.max(x * x, scale));
      default -> within(x, y, 2 * RELATIVE);
    };
  }

  private static Object value(DiffQuery query, Cond.Operand operand, OracleRow row) {
    return switch (operand) {
      case Cond.DimOperand d -> row.key().get(query.dims().indexOf(d.dim()));
      case Cond.MetricOperand m -> row.allMetrics().get(m.metric());
    };
  }

  private static Optional<String> compareDimension(Object expected, Object actual) {
    if (expected == null || actual == null) {
      return expected == actual ? Optional.empty()
          : Optional.of("expected " + expected + " but got " + actual);
    }
    if (expected.getClass() != actual.getClass()) {
      return Optional.of("expected " + expected + " (" + expected.getClass().getSimpleName() + ") but got " + actual
          + " (" + actual.getClass().getSimpleName() + ")");
    }
    return expected.equals(actual) ? Optional.empty()
        : Optional.of("expected " + expected + " but got " + actual);
  }

  static Optional<String> compareMetric(StoreMetric metric, Object expected, Object actual, OracleRow row,
      Dialect dialect) {
    if (expected == null || actual == null) {
      return expected == actual ? Optional.empty() : Optional.of("expected " + expected + " but got " + actual);
    }
    if (actual.getClass() != metric.javaType()) {
      return Optional.of("a " + actual.getClass().getSimpleName() + " (" + actual + "), not a "
          + metric.javaType().getSimpleName());
    }
    double e = ((Number) expected).doubleValue();
    double a = ((Number) actual).doubleValue();
    boolean ok = switch (metric.check()) {
      case EXACT -> expected.equals(actual);
      case RELATIVE -> within(e, a, RELATIVE);
      case VARIANCE -> Math.abs(a - e) <= RELATIVE * Math.max(1, Math.max(Math.abs(e), row.scale().get(metric)));
      case STDDEV -> Math.abs(a * a - e * e) <= RELATIVE * Math.max(1, Math.max(e * e, row.scale().get(metric)));
      case ESTIMATED -> {
        if (!estimates(dialect)) {
          yield metric.javaType() == Long.class ? expected.equals(actual) : within(e, a, RELATIVE);
        }
        double exactCount = row.scale().get(metric);
        // A count is compared directly; a ratio over the count through the count it implies.
        double estimate = metric.javaType() == Long.class ? a : a == 0 ? (e == 0 ? exactCount : Double.NaN)
            : Math.rint(exactCount * e / a); // an estimate of a count is a whole number
        yield estimateAllowed(exactCount, estimate);
      }
    };
    return ok ? Optional.empty() : Optional.of("expected " + expected + " but got " + actual
        + (metric.check() == StoreMetric.Check.ESTIMATED && estimates(dialect)
            ? " (beyond the estimate's tolerance " + APPROXIMATE + ")" : ""));
  }

  /** Whether the engine's approximate distinct count is an estimate: PostgreSQL has none and counts exactly. */
  static boolean estimates(Dialect dialect) {
    return switch (dialect) {
      case POSTGRES -> false;
      case DUCKDB, TRINO -> true;
    };
  }

  /** An estimate of a distinct count is allowed within {@link #APPROXIMATE} relative, or 2 for small counts. */
  static boolean estimateAllowed(double exact, double estimate) {
    return Math.abs(estimate - exact) <= Math.max(APPROXIMATE_ABSOLUTE, APPROXIMATE * exact);
  }

  static boolean within(double expected, double actual, double relative) {
    return Math.abs(expected - actual) <= relative * Math.max(1, Math.abs(expected));
  }

  /** The first rows of both sides, for the failure message. */
  static String sideBySide(OracleResult expected, List<Row> actual) {
    return sideBySide(expected.columns(), expected.values(), actual.stream().map(Row::values).toList());
  }

  private static String sideBySide(List<String> columns, List<List<Object>> expected, List<List<Object>> actual) {
    StringBuilder s = new StringBuilder("  columns " + columns + "\n");
    int n = Math.max(expected.size(), actual.size());
    int shown = Math.min(n, 25);
    for (int i = 0; i < shown; i++) {
      String o = i < expected.size() ? StoreOracle.show(expected.get(i)) : "-";
      String r = i < actual.size() ? StoreOracle.show(actual.get(i)) : "-";
      s.append("  ").append(i).append(": oracle ").append(o).append(Objects.equals(o, r) ? "  ==  " : "  vs  ")
          .append("runtime ").append(r).append('\n');
    }
    if (n > shown) {
      s.append("  ... ").append(n - shown).append(" more rows\n");
    }
    return s.toString();
  }
}
