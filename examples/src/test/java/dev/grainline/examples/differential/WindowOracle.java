package dev.grainline.examples.differential;

import dev.grainline.examples.data.PageViewRow;
import dev.grainline.examples.differential.StoreMetric.Fact;
import dev.grainline.examples.differential.StoreOracle.Group;
import dev.grainline.examples.differential.StoreOracle.OrderLine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The window metrics of the store model (TimeMetrics) hand-coded over the oracle's rows, for one query: the
 * independent side of the window tests. It shares no code with the runtime: periods are {@link LocalDate}
 * arithmetic, and a window's value is the plain metric of {@link StoreOracle} over the rows of its periods.
 *
 * <ul>
 *   <li>A period of a grain starts on the day itself (DAY), the Monday on or before it (WEEK), the 1st (MONTH),
 *       January, April, July or October 1st (QUARTER), January 1st (YEAR); periods are compared by their start.
 *   <li>Every store window is over an attribute of each fact's own date ([order] for order lines, [page] for page
 *       views); a fact row's day is its calendar row's date_value, and a row without a calendar row is never read.
 *   <li>The query groups by a time attribute of that calendar (R, the finest such that the window is defined at):
 *       lag, lead and trailing windows of axis grain a need R at a or finer with its periods inside a's (a day in its
 *       week; not a week in its month); cumulative and to-date windows also allow a coarser R whose periods contain
 *       a's, and to-date(G) needs R's periods inside G's. Otherwise the query is rejected [GrainlineWindowGrain].
 *   <li>The where filter's conditions (the operands of its top-level AND, nested ANDs flattened) are either all on
 *       that calendar (they restrict the rows shown) or all off it (they restrict what windows read too); a condition
 *       with both is rejected [GrainlineWindowFilter]. On rows coarser than the window's periods (a to-date or
 *       running value at the end of the row's period), a condition on the calendar may only use time attributes
 *       whose periods contain the row's (month, quarter or year by month), else it would cut a row's period short:
 *       rejected [GrainlineWindowGrain].
 *   <li>Rows are those of plain metrics. On a row, the anchor is the start of the a-period holding the last day of
 *       the row's R-period; a term of the window moves it back {@code shift} a-periods to q and reads the fact rows
 *       whose a-period starts in its frame (lag and lead: q; trailing k units: after q - k units up to q;
 *       cumulative: up to q; to-date G: from the start of q's G-period to q) that have the row's values of the other
 *       requested dimensions (NULL matches NULL) and pass the off-calendar conditions. Over them the windowed metric
 *       is recomputed as a whole: counts over no rows are 0, sums NULL; ratios divide the window's totals.
 *   <li>A metric built from windows over one axis (percentChange of the current value and a lag) combines its terms
 *       after computing each: the current value is the term with shift 0.
 * </ul>
 */
public final class WindowOracle {
  /** A query the window rules reject, with the id of the runtime's message ("GrainlineWindowGrain"). */
  public static final class Rejected extends IllegalArgumentException {
    private final String id;

    Rejected(String id, String message) {
      super("[" + id + "] " + message);
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /** Calendar grains, finest first. */
  enum Grain {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** The first day of the period of this grain that holds {@code day}. */
    LocalDate start(LocalDate day) {
      return switch (this) {
        case DAY -> day;
        case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
        case MONTH -> day.withDayOfMonth(1);
        case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        case YEAR -> LocalDate.of(day.getYear(), 1, 1);
      };
    }

    /** {@code day} moved by {@code n} units of this grain, as LocalDate moves it (months clamp to the month's end). */
    LocalDate plus(LocalDate day, long n) {
      return switch (this) {
        case DAY -> day.plusDays(n);
        case WEEK -> day.plusWeeks(n);
        case MONTH -> day.plusMonths(n);
        case QUARTER -> day.plusMonths(3 * n);
        case YEAR -> day.plusYears(n);
      };
    }

    /** Whether every period of this grain lies inside one period of {@code outer}: a day in anything, a month in its
     * quarter, a week only in itself. */
    boolean inside(Grain outer) {
      return this == outer || this == DAY || (this != WEEK && outer != WEEK && ordinal() < outer.ordinal());
    }

    /** The grain of a calendar attribute of v3.date; empty for day_of_week, which names no period. */
    static Optional<Grain> of(Dim dim) {
      if (!dim.entity().equals("v3.date")) {
        return Optional.empty();
      }
      return Optional.ofNullable(switch (dim.attribute()) {
        case "date_id", "date_value" -> DAY;
        case "week" -> WEEK;
        case "month" -> MONTH;
        case "quarter" -> QUARTER;
        case "year" -> YEAR;
        default -> null;
      });
    }
  }

  /** Which periods a term reads, relative to its period q. */
  sealed interface Frame {
    /** q alone: lag, lead and the current value. */
    record Current() implements Frame {}

    /** The periods after q - count units, up to q. */
    record Trailing(int count, Grain unit) implements Frame {}

    /** Every period up to q. */
    record Cumulative() implements Frame {}

    /** From the start of q's period of {@code grain} up to q. */
    record ToDate(Grain grain) implements Frame {}
  }

  /** One windowed value: {@code metric} over the frame of the period {@code shift} periods of {@code axis} back. */
  record Term(StoreMetric metric, Grain axis, int shift, Frame frame) {}

  /** A window metric: its terms, all over one axis, and how their values combine. */
  record Definition(List<Term> terms, Function<List<Object>, Object> combine) {
    Grain axis() {
      return terms.get(0).axis();
    }

    static Definition of(Term term) {
      return new Definition(List.of(term), values -> values.get(0));
    }

    /** percentChange(current, previous) = (current - previous) / previous * 100, NULL for a NULL or 0 divisor. */
    static Definition percentChange(Term current, Term previous) {
      return new Definition(List.of(current, previous),
          v -> StoreOracle.times(StoreOracle.divide(StoreOracle.minus(v.get(0), v.get(1)), v.get(1)), 100.0));
    }

    static Definition lagChange(StoreMetric metric, Grain axis) {
      Frame current = new Frame.Current();
      return percentChange(new Term(metric, axis, 0, current), new Term(metric, axis, 1, current));
    }
  }

  /** TimeMetrics, written out by hand. */
  static Definition definition(StoreMetric metric) {
    Frame week = new Frame.Trailing(7, Grain.DAY);
    return switch (metric) {
      case WOW_REVENUE_CHANGE -> Definition.lagChange(StoreMetric.TOTAL_REVENUE, Grain.WEEK);
      case WOW_ORDER_GROWTH -> Definition.lagChange(StoreMetric.ORDER_COUNT, Grain.WEEK);
      case MOM_REVENUE_CHANGE -> Definition.lagChange(StoreMetric.TOTAL_REVENUE, Grain.MONTH);
      case TRAILING_7D_REVENUE, TRAILING_7D_REVENUE_INFERRED_DIM ->
          Definition.of(new Term(StoreMetric.TOTAL_REVENUE, Grain.DAY, 0, week));
      case TRAILING_28D_REVENUE ->
          Definition.of(new Term(StoreMetric.TOTAL_REVENUE, Grain.DAY, 0, new Frame.Trailing(28, Grain.DAY)));
      // The 7 days up to the day, against the 7 days up to 7 days earlier.
      case TRAILING_WOW_REVENUE_CHANGE -> Definition.percentChange(
          new Term(StoreMetric.TOTAL_REVENUE, Grain.DAY, 0, week), new Term(StoreMetric.TOTAL_REVENUE, Grain.DAY, 7,
              week));
      case WOW_AOV_CHANGE -> Definition.lagChange(StoreMetric.AVG_ORDER_VALUE, Grain.WEEK);
      case WOW_CONVERSION_RATE_CHANGE -> Definition.lagChange(StoreMetric.CONVERSION_RATE, Grain.WEEK);
      case REVENUE_MTD ->
          Definition.of(new Term(StoreMetric.TOTAL_REVENUE, Grain.DAY, 0, new Frame.ToDate(Grain.MONTH)));
      case REVENUE_YTD ->
          Definition.of(new Term(StoreMetric.TOTAL_REVENUE, Grain.DAY, 0, new Frame.ToDate(Grain.YEAR)));
      case TRAILING_7D_VISITORS -> Definition.of(new Term(StoreMetric.VISITOR_COUNT, Grain.DAY, 0, week));
      default -> throw new IllegalArgumentException(metric + " is not a window metric");
    };
  }

  /** Whether a window of this frame over axis periods can be shown on rows of grain {@code row}. */
  static boolean definedAt(Frame frame, Grain axis, Grain row) {
    if (row.inside(axis)) {
      return true;
    }
    return switch (frame) {
      case Frame.Cumulative c -> axis.inside(row);
      case Frame.ToDate d -> axis.inside(row) && row.inside(d.grain());
      case Frame.Current c -> false;
      case Frame.Trailing t -> false;
    };
  }

  /** Whether a dimension is an attribute of each fact's own calendar: the one every store window is over. */
  static boolean onCalendar(Dim dim, List<Fact> facts) {
    return dim.entity().equals("v3.date")
        && facts.stream().allMatch(f -> StoreOracle.hop(f, dim).equals(Optional.of(StoreOracle.Hop.OWN_DATE)));
  }

  /** The operands of a top-level AND, nested ANDs flattened; or the condition itself. */
  static List<Cond> conjuncts(Cond where) {
    List<Cond> out = new ArrayList<>();
    if (where instanceof Cond.And and) {
      and.operands().forEach(c -> out.addAll(conjuncts(c)));
    } else {
      out.add(where);
    }
    return out;
  }

  /** How the query uses one window metric. */
  private final class Use {
    final Definition definition;
    final List<Fact> facts;
    final Grain rowGrain;
    final int rowTime;
    final List<Integer> partitions = new ArrayList<>();
    final List<Cond> reads = new ArrayList<>();
    /** Per fact: fact rows that pass the off-calendar conditions, by partition values and axis period start. */
    final Map<Fact, Map<List<Object>, NavigableMap<LocalDate, List<Object>>>> index = new EnumMap<>(Fact.class);
    final Map<List<Object>, Object> values = new HashMap<>();

    Use(StoreMetric metric, DiffQuery query) {
      this.definition = definition(metric);
      this.facts = List.copyOf(metric.facts());
      Grain axis = definition.axis();
      int time = -1;
      Grain finest = null;
      List<String> refused = new ArrayList<>();
      for (int i = 0; i < query.dims().size(); i++) {
        Dim dim = query.dims().get(i);
        if (!onCalendar(dim, facts)) {
          partitions.add(i);
          continue;
        }
        Optional<Grain> grain = Grain.of(dim);
        if (grain.isEmpty()) {
          continue;
        }
        if (!definition.terms().stream().allMatch(t -> definedAt(t.frame(), axis, grain.get()))) {
          refused.add(dim.name());
          continue;
        }
        if (finest == null || grain.get().ordinal() < finest.ordinal()) {
          finest = grain.get();
          time = i;
        }
      }
      if (finest == null) {
        throw new Rejected("GrainlineWindowGrain", metric + " over " + axis + " periods, by " + query.dims()
            + (refused.isEmpty() ? "" : " (" + refused + " refused)"));
      }
      this.rowGrain = finest;
      this.rowTime = time;
      if (query.where().isPresent()) {
        for (Cond condition : conjuncts(query.where().get())) {
          List<Dim> dims = new ArrayList<>();
          StoreDifferentialTest.collectDims(condition, dims);
          long on = dims.stream().filter(d -> onCalendar(d, facts)).count();
          if (on > 0 && on < dims.size()) {
            throw new Rejected("GrainlineWindowFilter", condition.toText() + " mixes the calendar of " + metric
                + " with other dimensions");
          }
          if (on == 0) {
            reads.add(condition);
          } else if (!rowGrain.inside(axis) && !dims.stream().allMatch(d -> Grain.of(d).map(rowGrain::inside)
              .orElse(false))) {
            // Shown on coarser rows, the value is the one at the end of the row's period: a condition on finer
            // attributes would keep part of a period and show a value read past it.
            throw new Rejected("GrainlineWindowGrain", metric + " by " + rowGrain + " rows: " + condition.toText()
                + " cuts a row's period");
          }
        }
      }
    }

    /** The value of the window metric on a result row. */
    Object value(Group group) {
      LocalDate last = lastDay(group);
      List<Object> partition = new ArrayList<>();
      partitions.forEach(i -> partition.add(group.key.get(i)));
      List<Object> key = new ArrayList<>(partition);
      key.add(last);
      return values.computeIfAbsent(key, k -> {
        List<Object> termValues = new ArrayList<>();
        for (Term term : definition.terms()) {
          termValues.add(term(term, partition, last));
        }
        return definition.combine().apply(termValues);
      });
    }

    private Object term(Term term, List<Object> partition, LocalDate last) {
      LocalDate q = term.axis().plus(term.axis().start(last), -term.shift());
      Group rows = new Group(List.of());
      for (Fact fact : facts) {
        NavigableMap<LocalDate, List<Object>> periods = index(fact, term.axis()).getOrDefault(partition,
            new TreeMap<>());
        NavigableMap<LocalDate, List<Object>> read = switch (term.frame()) {
          case Frame.Current c -> periods.subMap(q, true, q, true);
          case Frame.Trailing t -> periods.subMap(t.unit().plus(q, -t.count()), false, q, true);
          case Frame.Cumulative c -> periods.headMap(q, true);
          case Frame.ToDate d -> periods.subMap(d.grain().start(q), true, q, true);
        };
        for (List<Object> periodRows : read.values()) {
          for (Object row : periodRows) {
            if (fact == Fact.ORDERS) {
              rows.lines.add((OrderLine) row);
            } else {
              rows.views.add((PageViewRow) row);
            }
          }
        }
      }
      return oracle.value(term.metric(), rows);
    }

    /** The last day of the row's period of R: every fact row of a group lies in the same one. */
    private LocalDate lastDay(Group group) {
      LocalDate start = null;
      for (Fact fact : Fact.values()) {
        for (Object row : fact == Fact.ORDERS ? group.lines : group.views) {
          LocalDate day = day(fact, row);
          if (day == null) {
            throw new UnsupportedOperationException("a row without a calendar day is grouped by a time attribute: "
                + group.key + "; the store data has none, and the semantics do not say what its window is");
          }
          LocalDate rowStart = rowGrain.start(day);
          if (start != null && !start.equals(rowStart)) {
            throw new IllegalStateException("the group " + group.key + " holds days of two " + rowGrain
                + " periods (a week number names weeks of several years): " + start + " and " + rowStart);
          }
          start = rowStart;
        }
      }
      return rowGrain.plus(start, 1).minusDays(1);
    }

    private Map<List<Object>, NavigableMap<LocalDate, List<Object>>> index(Fact fact, Grain axis) {
      // Every term of a definition is over one axis, so one index per fact serves them all.
      return index.computeIfAbsent(fact, f -> {
        Map<List<Object>, NavigableMap<LocalDate, List<Object>>> byPartition = new HashMap<>();
        for (Object row : fact == Fact.ORDERS ? oracle.lines() : oracle.views()) {
          LocalDate day = day(fact, row);
          if (day == null || !reads.stream().allMatch(c -> Boolean.TRUE.equals(StoreOracle.eval(c,
              operand -> oracle.attribute(fact, row, ((Cond.DimOperand) operand).dim()))))) {
            continue;
          }
          List<Object> partition = new ArrayList<>();
          partitions.forEach(i -> partition.add(oracle.attribute(fact, row, dims.get(i))));
          byPartition.computeIfAbsent(partition, k -> new TreeMap<>())
              .computeIfAbsent(axis.start(day), k -> new ArrayList<>()).add(row);
        }
        return byPartition;
      });
    }

    /** A fact row's day through its own calendar; NULL without a calendar row. */
    private LocalDate day(Fact fact, Object row) {
      Object value = oracle.attribute(fact, row, DAY_VALUE);
      return value == null ? null : ((LocalDateTime) value).toLocalDate();
    }
  }

  /** The day of each fact's own date: unroled, the date a fact reaches first. */
  private static final Dim DAY_VALUE = Dim.of("v3.date.date_value");

  private final StoreOracle oracle;
  private final List<Dim> dims;
  private final Map<StoreMetric, Use> uses = new EnumMap<>(StoreMetric.class);

  /** Checks the query's window metrics against the rules; throws {@link Rejected} where one is broken. */
  WindowOracle(StoreOracle oracle, DiffQuery query) {
    this.oracle = oracle;
    this.dims = query.dims();
    List<StoreMetric> all = new ArrayList<>(query.metrics());
    all.addAll(query.filterOnlyMetrics());
    for (StoreMetric metric : all) {
      if (metric.window()) {
        uses.put(metric, new Use(metric, query));
      }
    }
  }

  /** The rejection the oracle expects for the query, if any. */
  public static Optional<Rejected> rejection(StoreOracle oracle, DiffQuery query) {
    try {
      new WindowOracle(oracle, query);
      return Optional.empty();
    } catch (Rejected r) {
      return Optional.of(r);
    }
  }

  /** A window metric's value on a result row (a group of the query's rows). */
  Object value(StoreMetric metric, Group group) {
    return uses.get(metric).value(group);
  }
}
