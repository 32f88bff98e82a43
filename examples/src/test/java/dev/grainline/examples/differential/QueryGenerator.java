package dev.grainline.examples.differential;

import dev.grainline.examples.data.DateRow;
import dev.grainline.examples.differential.Cond.Op;
import dev.grainline.examples.differential.StoreMetric.Fact;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;

/**
 * Random query shapes over the store model: 1–4 metrics mixing facts, 0–3 dimensions every chosen metric's facts
 * reach (role-qualified and unroled), a where filter over reachable dimensions with every operator and values from
 * the data or absent from it, sometimes a having over requested (or filter-only) metrics with thresholds that fall
 * between values, sometimes ORDER BY and LIMIT. Everything comes from the given {@link Random}, so a seed replays a
 * query exactly.
 */
public final class QueryGenerator {
  /** Dimensions that may be grouped by, with a weight: low-cardinality ones are drawn more often. */
  private static final List<Weighted> GROUPABLE = List.of(
      w("v3.product.category", 8), w("v3.product.subcategory", 3), w("v3.product.name", 2),
      w("v3.product.product_id", 1), w("v3.product.price", 1),
      w("v3.customer.name", 2, true), w("v3.customer.customer_id", 1, true, "customer"),
      w("v3.customer.email", 1, true),
      w("v3.date.year", 5), w("v3.date.quarter", 3), w("v3.date.month", 4), w("v3.date.week", 2),
      w("v3.date.day_of_week", 2), w("v3.date.date_id", 1, true), w("v3.date.date_value", 1, true),
      w("v3.date.year", 3, false, "order"), w("v3.date.month", 2, false, "page"),
      w("v3.date.year", 3, false, "customer", "registration"),
      w("v3.date.quarter", 2, false, "customer", "registration"),
      w("v3.date.month", 1, false, "customer", "registration"),
      w("v3.location.country", 5, false, "customer", "home"), w("v3.location.region", 3, false, "customer", "home"),
      w("v3.location.city", 2, false, "customer", "home"), w("v3.location.country", 2),
      w("v3.location.city", 2, false, "from"), w("v3.location.country", 2, false, "to"),
      w("v3.location.region", 2, false, "to"), w("v3.location.postal_code", 1, false, "from"),
      w("v3.location.location_id", 1, false, "customer", "home"),
      w("v3.order_details.status", 6), w("v3.order_details.line_number", 2),
      w("v3.page_views_enriched.page_type", 6));

  /** Dimensions a filter may use: every groupable one and the high-cardinality keys. */
  private static final List<Dim> FILTERABLE = filterable();

  private static List<Dim> filterable() {
    Set<Dim> all = new LinkedHashSet<>();
    GROUPABLE.forEach(w -> all.add(w.dim));
    all.add(Dim.of("v3.order_details.order_id"));
    all.add(Dim.of("v3.page_views_enriched.view_id"));
    all.add(Dim.of("v3.customer.customer_id"));
    all.add(Dim.of("v3.customer.name", "customer"));
    all.add(Dim.of("v3.date.date_id", "order"));
    all.add(Dim.of("v3.date.date_id", "customer", "registration"));
    all.add(Dim.of("v3.date.week", "page"));
    all.add(Dim.of("v3.location.region", "from"));
    all.add(Dim.of("v3.location.city", "to"));
    all.add(Dim.of("v3.location.region"));
    return List.copyOf(all);
  }

  private record Weighted(Dim dim, int weight, boolean highCardinality) {}

  private static Weighted w(String attribute, int weight) {
    return new Weighted(Dim.of(attribute), weight, false);
  }

  private static Weighted w(String attribute, int weight, boolean high, String... roles) {
    return new Weighted(Dim.of(attribute, roles), weight, high);
  }

  private final StoreOracle oracle;
  private final Map<Dim, List<Object>> values = new HashMap<>();

  public QueryGenerator(StoreOracle oracle) {
    this.oracle = oracle;
  }

  public DiffQuery generate(Random random) {
    // Metrics: 1-4, from one fact, the other or both.
    int metricCount = 1 + random.nextInt(4);
    List<StoreMetric> pool = StoreMetric.plain();
    Set<StoreMetric> metrics = new LinkedHashSet<>();
    while (metrics.size() < metricCount) {
      metrics.add(pool.get(random.nextInt(pool.size())));
    }
    Set<Fact> facts = EnumSet.noneOf(Fact.class);
    metrics.forEach(m -> facts.addAll(m.facts()));

    DiffQuery query = DiffQuery.of(List.copyOf(metrics), dims(random, facts));
    if (random.nextInt(100) < 75) {
      query = query.where(filter(random, facts));
    }
    if (random.nextInt(100) < 30) {
      query = withHaving(random, query);
    }
    if (random.nextInt(100) < 35) {
      query = withOrder(random, query);
    }
    return query;
  }

  /**
   * A query of {@code metrics} (of one fact) by 0-3 random dimensions, filtered by {@code guard} AND a random
   * condition over every dimension the fact reaches (joined or its own, with every operator, NOT, OR, IS NULL and
   * arithmetic across attributes).
   */
  public DiffQuery generateFiltered(Random random, List<StoreMetric> metrics, Cond guard) {
    Set<Fact> facts = EnumSet.noneOf(Fact.class);
    metrics.forEach(m -> facts.addAll(m.facts()));
    int metricCount = 1 + random.nextInt(Math.min(3, metrics.size()));
    Set<StoreMetric> chosen = new LinkedHashSet<>();
    while (chosen.size() < metricCount) {
      chosen.add(metrics.get(random.nextInt(metrics.size())));
    }
    return DiffQuery.of(List.copyOf(chosen), dims(random, facts))
        .where(new Cond.And(List.of(guard, filter(random, facts))));
  }

  /** 0-3 dimensions that every fact reaches, at most one of high cardinality. */
  private static List<Dim> dims(Random random, Set<Fact> facts) {
    int dimCount = pick(random, 0, 0, 1, 1, 1, 2, 2, 2, 3);
    List<Weighted> candidates = GROUPABLE.stream().filter(w -> reachableFromAll(facts, w.dim)).toList();
    List<Dim> dims = new ArrayList<>();
    boolean high = false;
    for (int attempt = 0; dims.size() < dimCount && attempt < 50; attempt++) {
      Weighted w = weighted(random, candidates);
      if (dims.contains(w.dim) || (high && w.highCardinality)) {
        continue;
      }
      high |= w.highCardinality;
      dims.add(w.dim);
    }
    return dims;
  }

  /** A random where condition over the dimensions every fact reaches. */
  private Cond filter(Random random, Set<Fact> facts) {
    List<Dim> filterable = FILTERABLE.stream().filter(d -> reachableFromAll(facts, d)).toList();
    return condition(random, filterable, 0);
  }

  static boolean reachableFromAll(Set<Fact> facts, Dim dim) {
    return facts.stream().allMatch(f -> StoreOracle.reachable(f, dim));
  }

  // --- window metrics --------------------------------------------------------------------------------------------

  /** Time attributes of each fact's own date a window query may be shown by, unroled and in the fact's role. */
  private static final List<Weighted> TIME = List.of(
      w("v3.date.date_id", 6), w("v3.date.date_value", 2), w("v3.date.week", 4), w("v3.date.month", 4),
      w("v3.date.quarter", 2), w("v3.date.year", 2), w("v3.date.date_id", 3, false, "order"),
      w("v3.date.week", 2, false, "order"), w("v3.date.month", 2, false, "order"),
      w("v3.date.date_id", 2, false, "page"), w("v3.date.week", 1, false, "page"));

  /** Other dimensions that partition a window: low cardinality mostly, and the calendar through another path. */
  private static final List<Weighted> PARTITIONS = List.of(
      w("v3.product.category", 8), w("v3.product.subcategory", 2), w("v3.product.name", 1),
      w("v3.order_details.status", 4), w("v3.page_views_enriched.page_type", 4),
      w("v3.location.country", 4, false, "customer", "home"), w("v3.location.region", 1, false, "to"),
      w("v3.date.year", 2, false, "customer", "registration"), w("v3.customer.name", 1));

  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 11, 1);
  private static final int DAYS = 213; // to 2024-05-31: the order days and a little on either side

  /**
   * A random query with window metrics: one or two of TimeMetrics, sometimes beside a plain metric; a time attribute
   * of their calendar, sometimes with a coarser one or the day of the week beside it; up to two partitioning
   * dimensions; a filter of date conditions (one day, ranges, months, weeks, weekdays) ANDed with conditions on other
   * dimensions; sometimes a having, ORDER BY and LIMIT. Nine in ten queries are ones the window rules accept; the
   * others are checked to be rejected as the oracle expects. The conditions are ANDed in random order, which the
   * typed API nests: a date condition and another one end up in one nested AND, which is still two conditions.
   */
  public DiffQuery generateWindow(Random random) {
    boolean valid = random.nextInt(100) < 90;
    DiffQuery query = windowQuery(random);
    for (int attempt = 0; attempt < 40 && WindowOracle.rejection(oracle, query).isEmpty() != valid; attempt++) {
      query = windowQuery(random);
    }
    return query;
  }

  private DiffQuery windowQuery(Random random) {
    List<StoreMetric> windows = StoreMetric.windows();
    Set<StoreMetric> metrics = new LinkedHashSet<>();
    int count = random.nextInt(100) < 70 ? 1 : 2;
    while (metrics.size() < count) {
      metrics.add(windows.get(random.nextInt(windows.size())));
    }
    if (random.nextInt(100) < 25) {
      List<StoreMetric> plain = StoreMetric.plain();
      metrics.add(plain.get(random.nextInt(plain.size())));
    }
    Set<Fact> facts = EnumSet.noneOf(Fact.class);
    metrics.forEach(m -> facts.addAll(m.facts()));
    List<Weighted> times = TIME.stream().filter(t -> reachableFromAll(facts, t.dim)).toList();
    if (times.isEmpty()) {
      return DiffQuery.of(List.copyOf(metrics), List.of());
    }
    List<Dim> dims = new ArrayList<>();
    dims.add(weighted(random, times).dim);
    Dim time = dims.get(0);
    if (random.nextInt(100) < 15) {
      Dim beside = random.nextBoolean() ? Dim.of("v3.date.day_of_week")
          : new Dim("v3.date", random.nextBoolean() ? "year" : "quarter", time.roles());
      if (!dims.contains(beside) && reachableFromAll(facts, beside)) {
        dims.add(random.nextBoolean() ? 0 : 1, beside);
      }
    }
    List<Weighted> partitions = PARTITIONS.stream().filter(p -> reachableFromAll(facts, p.dim)).toList();
    int partitionCount = pick(random, 0, 0, 1, 1, 1, 2);
    for (int attempt = 0; attempt < 10 && dims.size() < partitionCount + 1 && !partitions.isEmpty(); attempt++) {
      Dim dim = weighted(random, partitions).dim;
      if (!dims.contains(dim)) {
        dims.add(random.nextInt(dims.size() + 1), dim);
      }
    }
    DiffQuery query = DiffQuery.of(List.copyOf(metrics), dims);

    List<Fact> factList = List.copyOf(facts);
    List<Cond> conditions = new ArrayList<>();
    if (random.nextInt(100) < 60) {
      conditions.addAll(dateConditions(random, facts));
    }
    List<Dim> other = FILTERABLE.stream().filter(d -> reachableFromAll(facts, d) && !WindowOracle.onCalendar(d,
        factList)).toList();
    if (random.nextInt(100) < 40) {
      conditions.add(condition(random, other, 1));
    }
    if (random.nextInt(100) < 4) {
      // A condition on the calendar and on another dimension at once: rejected.
      conditions.add(new Cond.Or(List.of(dateConditions(random, facts).get(0), predicate(random, other))));
    }
    Collections.shuffle(conditions, random);
    if (!conditions.isEmpty()) {
      query = query.where(conditions.size() == 1 ? conditions.get(0) : new Cond.And(conditions));
    }
    // Having needs the oracle's values, so only a query the rules accept gets one.
    if (random.nextInt(100) < 15 && WindowOracle.rejection(oracle, query).isEmpty()) {
      query = withHaving(random, query);
    }
    if (random.nextInt(100) < 25) {
      query = withOrder(random, query);
    }
    return query;
  }

  /** Conditions on the facts' own calendar; a half-open range is two of them. */
  private List<Cond> dateConditions(Random random, Set<Fact> facts) {
    List<Dim> days = TIME.stream().map(t -> t.dim)
        .filter(d -> Set.of("date_id", "date_value").contains(d.attribute()) && reachableFromAll(facts, d)).toList();
    Dim day = days.get(random.nextInt(days.size()));
    LocalDate a = FIRST_DAY.plusDays(random.nextInt(DAYS));
    LocalDate b = a.plusDays(random.nextInt(random.nextBoolean() ? 10 : 60));
    Dim unroled = new Dim("v3.date", "month", null);
    return switch (random.nextInt(8)) {
      case 0 -> List.of(Cond.cmp(day, Op.EQ, dayValue(day, a)));
      case 1 -> List.of(new Cond.Between(Cond.dim(day), dayValue(day, a), dayValue(day, b), false));
      case 2 -> List.of(Cond.cmp(day, Op.GE, dayValue(day, a)), Cond.cmp(day, Op.LT, dayValue(day, b)));
      case 3 -> List.of(new Cond.In(Cond.dim(unroled), List.of(a.getMonthValue(), b.getMonthValue()),
          random.nextInt(4) == 0));
      case 4 -> List.of(random.nextBoolean() ? Cond.cmp(Dim.of("v3.date.year"), random.nextBoolean() ? Op.EQ : Op.GE,
          a.getYear()) : Cond.cmp(Dim.of("v3.date.quarter"), random.nextBoolean() ? Op.EQ : Op.LE, 1 + random.nextInt(4)));
      case 5 -> List.of(new Cond.Not(Cond.in(Dim.of("v3.date.day_of_week"), 6, 7)));
      case 6 -> List.of(new Cond.Or(List.of(Cond.cmp(day, Op.EQ, dayValue(day, a)),
          Cond.cmp(day, Op.EQ, dayValue(day, b)))));
      default -> List.of(new Cond.Between(Cond.dim(new Dim("v3.date", "week", null)),
          a.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
          b.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), random.nextInt(5) == 0));
    };
  }

  /** A day as the attribute's literal: yyyymmdd for date_id, a timestamp (or a DATE) for date_value. */
  private static Object dayValue(Dim dim, LocalDate day) {
    if (dim.attribute().equals("date_id")) {
      return DateRow.dateId(day);
    }
    return day.getDayOfMonth() % 3 == 0 ? (Object) day : (Object) day.atStartOfDay();
  }

  // --- where -----------------------------------------------------------------------------------------------------

  private Cond condition(Random random, List<Dim> dims, int depth) {
    int r = random.nextInt(100);
    if (depth < 2 && r < 30) {
      int n = 2 + random.nextInt(2);
      List<Cond> operands = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        operands.add(condition(random, dims, depth + 1));
      }
      return random.nextBoolean() ? new Cond.And(operands) : new Cond.Or(operands);
    }
    if (depth < 3 && r < 40) {
      return new Cond.Not(condition(random, dims, depth + 1));
    }
    return predicate(random, dims);
  }

  private Cond predicate(Random random, List<Dim> dims) {
    if (random.nextInt(100) < 12) {
      return termPredicate(random, dims);
    }
    return predicate(random, dims.get(random.nextInt(dims.size())));
  }

  private Cond predicate(Random random, Dim dim) {
    Cond.Operand operand = Cond.dim(dim);
    int r = random.nextInt(100);
    if (r < 8) {
      return new Cond.IsNull(operand, random.nextBoolean());
    }
    if (dim.javaType() == String.class && r < 25) {
      return new Cond.Like(operand, likePattern(random, (String) value(random, dim)), random.nextInt(4) == 0);
    }
    if (r < 45) {
      int n = 1 + random.nextInt(3);
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        list.add(value(random, dim));
      }
      return new Cond.In(operand, list, random.nextInt(3) == 0);
    }
    if (r < 60) {
      Object a = value(random, dim);
      Object b = value(random, dim);
      // Mostly low to high; sometimes reversed, which SQL's BETWEEN makes empty.
      boolean ordered = StoreOracle.compareValues(a, b) <= 0 == random.nextInt(10) > 0;
      return new Cond.Between(operand, ordered ? a : b, ordered ? b : a, random.nextInt(4) == 0);
    }
    Op op = Op.values()[random.nextInt(Op.values().length)];
    return new Cond.Compare(operand, op, value(random, dim));
  }

  /**
   * Text-only: an attribute against another of the same kind (the ship-to city against the ship-from city), or
   * arithmetic over numeric attributes (with division, and divisors that can be zero) against a constant.
   */
  private Cond termPredicate(Random random, List<Dim> dims) {
    Op op = Op.values()[random.nextInt(Op.values().length)];
    if (random.nextInt(3) == 0) {
      Dim first = dims.get(random.nextInt(dims.size()));
      List<Dim> same = dims.stream().filter(d -> !d.equals(first) && (d.javaType() == first.javaType()
          || isNumeric(d) && isNumeric(first))).toList();
      if (!same.isEmpty()) {
        Dim second = same.get(random.nextInt(same.size()));
        return new Cond.CompareTerms(ref(first), op, ref(second));
      }
    }
    List<Dim> numeric = dims.stream().filter(QueryGenerator::isNumeric).toList();
    if (numeric.isEmpty()) {
      return predicate(random, dims.get(random.nextInt(dims.size())));
    }
    Dim a = numeric.get(random.nextInt(numeric.size()));
    Dim b = numeric.get(random.nextInt(numeric.size()));
    char[] ops = {'+', '-', '*', '/'};
    Cond.Term term = switch (random.nextInt(5)) {
      case 0 -> new Cond.Term.Arith(ops[random.nextInt(4)], ref(a), new Cond.Term.Lit(1 + random.nextInt(3)));
      // Integer arithmetic stays 32-bit on both engines, which then fail with an overflow error (seed 4242, case 770:
      // year * date_id), while the oracle computes in 64 bits: no products with a yyyymmdd date id.
      case 1 -> {
        char operator = ops[random.nextInt(4)];
        boolean dateId = a.attribute().equals("date_id") || b.attribute().equals("date_id");
        yield new Cond.Term.Arith(operator == '*' && dateId ? '-' : operator, ref(a), ref(b));
      }
      case 2 -> new Cond.Term.Neg(ref(a));
      case 3 -> new Cond.Term.Arith('/', ref(a),
          new Cond.Term.Arith('-', ref(b), new Cond.Term.Lit(((Number) value(random, b)).intValue())));
      default -> new Cond.Term.Arith('-', new Cond.Term.Arith('*', ref(a), new Cond.Term.Lit(2)), ref(b));
    };
    // The constant: the expression over one row's worth of values, so that it splits the data somewhere.
    Map<Dim, Object> sample = new HashMap<>();
    Object constant = StoreOracle.term(term, o -> sample.computeIfAbsent(((Cond.DimOperand) o).dim(),
        d -> value(random, d)));
    if (constant == null || !(constant instanceof Number)) {
      constant = 0;
    }
    return new Cond.CompareTerms(term, op, new Cond.Term.Lit(shortNumber((Number) constant)));
  }

  private static boolean isNumeric(Dim dim) {
    return dim.javaType() == Integer.class || dim.javaType() == Double.class;
  }

  private static Cond.Term ref(Dim dim) {
    return new Cond.Term.Ref(Cond.dim(dim));
  }

  /**
   * An integer as an int; a double with at most six significant digits, which every engine converts from decimal
   * text to the same double.
   */
  private static Object shortNumber(Number n) {
    if (n instanceof Integer || n instanceof Long) {
      long v = n.longValue();
      return v == (int) v ? (Object) (int) v : (Object) v;
    }
    return new java.math.BigDecimal(n.doubleValue()).round(new java.math.MathContext(6)).doubleValue();
  }

  /** A value of the dimension: mostly one the data has, sometimes one it does not. */
  private Object value(Random random, Dim dim) {
    if (random.nextInt(100) < 15) {
      return absent(random, dim.javaType());
    }
    List<Object> known = values.computeIfAbsent(dim, d -> {
      Set<Object> all = new LinkedHashSet<>();
      for (Fact fact : Fact.values()) {
        if (StoreOracle.reachable(fact, d)) {
          all.addAll(oracle.distinctValues(fact, d));
        }
      }
      List<Object> sorted = new ArrayList<>(all);
      sorted.sort(StoreOracle::compareValues);
      return sorted;
    });
    if (known.isEmpty()) {
      return absent(random, dim.javaType());
    }
    Object value = known.get(random.nextInt(known.size()));
    // Other literal types the grammar allows: a DATE against a timestamp, a decimal against an integer.
    if (value instanceof LocalDateTime t && random.nextInt(100) < 30) {
      return t.toLocalDate().plusDays(random.nextInt(3) - 1);
    }
    if (value instanceof Integer i && random.nextInt(100) < 8) {
      return i + 0.5;
    }
    return value;
  }

  private static Object absent(Random random, Class<?> type) {
    if (type == String.class) {
      return pick(random, "Garden", "O'Neil", "zz", "", "completed ", "Books%", "Zoë Ångström");
    }
    if (type == Integer.class) {
      return pick(random, -1, 0, 99_999_999, 2030, 13);
    }
    if (type == Double.class) {
      return pick(random, 0.5, 99_999.99, 19.991);
    }
    if (type == LocalDateTime.class) {
      return pick(random, LocalDateTime.of(2030, 1, 1, 0, 0), LocalDateTime.of(2024, 2, 29, 12, 30));
    }
    throw new IllegalArgumentException(type.getName());
  }

  private static String likePattern(Random random, String value) {
    if (value.isEmpty()) {
      return "%";
    }
    int cut = 1 + random.nextInt(Math.min(3, value.length()));
    return switch (random.nextInt(5)) {
      case 0 -> escape(value.substring(0, cut)) + "%";
      case 1 -> "%" + escape(value.substring(value.length() - cut));
      case 2 -> "%" + escape(value.substring(value.length() / 2, Math.min(value.length(), value.length() / 2 + cut)))
          + "%";
      case 3 -> "_" + escape(value.substring(1));
      default -> escape(value);
    };
  }

  private static String escape(String literal) {
    return literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  // --- having ----------------------------------------------------------------------------------------------------

  private DiffQuery withHaving(Random random, DiffQuery query) {
    List<StoreMetric> exact = query.metrics().stream().filter(m -> !m.approximate()).toList();
    List<Dim> whereDims = new ArrayList<>();
    query.where().ifPresent(w -> StoreDifferentialTest.collectDims(w, whereDims));
    List<Dim> needed = new ArrayList<>(query.dims());
    needed.addAll(whereDims);
    List<StoreMetric> filterOnly = StoreMetric.plain().stream()
        .filter(m -> !m.approximate() && !query.metrics().contains(m))
        .filter(m -> m.facts().stream().allMatch(f -> needed.stream().allMatch(d -> StoreOracle.reachable(f, d))))
        .toList();
    StoreMetric metric;
    if ((exact.isEmpty() || random.nextInt(100) < 15) && !filterOnly.isEmpty()) {
      metric = filterOnly.get(random.nextInt(filterOnly.size()));
    } else if (!exact.isEmpty()) {
      metric = exact.get(random.nextInt(exact.size()));
    } else {
      return query;
    }
    // The metric's values over the rows the query will have, to put thresholds between them.
    List<StoreMetric> withIt = new ArrayList<>(query.metrics());
    if (!withIt.contains(metric)) {
      withIt.add(metric);
    }
    DiffQuery probe = query.withMetrics(withIt).having(null).orderBy(List.of()).limit(OptionalLong.empty());
    int column = probe.dims().size() + withIt.indexOf(metric);
    List<Double> observed = oracle.evaluate(probe).rows().stream().map(r -> r.values().get(column))
        .filter(v -> v != null).map(v -> ((Number) v).doubleValue()).distinct().sorted().toList();
    List<Cond> atoms = new ArrayList<>();
    List<StoreMetric> exactPool = new ArrayList<>(exact);
    if (exactPool.size() >= 1 && random.nextInt(100) < 25) {
      atoms.add(metricTermAtom(random, query, exactPool));
    } else {
      atoms.add(metricAtom(random, metric, observed));
    }
    if (random.nextInt(100) < 35) {
      if (!query.dims().isEmpty() && random.nextBoolean()) {
        Dim dim = query.dims().get(random.nextInt(query.dims().size()));
        atoms.add(random.nextInt(3) == 0 ? new Cond.IsNull(Cond.dim(dim), random.nextBoolean())
            : new Cond.Compare(Cond.dim(dim), random.nextBoolean() ? Op.NE : Op.EQ, value(random, dim)));
      } else {
        atoms.add(new Cond.IsNull(Cond.metric(metric), random.nextBoolean()));
      }
    }
    Cond having = atoms.size() == 1 ? atoms.get(0)
        : random.nextBoolean() ? new Cond.And(atoms) : new Cond.Or(atoms);
    if (random.nextInt(100) < 10) {
      having = new Cond.Not(having);
    }
    return query.having(having);
  }

  /**
   * Text-only: arithmetic over requested metrics against a threshold between two of its values, or two integer
   * metrics against each other ({@code v3.order_count > v3.visitor_count}).
   */
  private Cond metricTermAtom(Random random, DiffQuery query, List<StoreMetric> metrics) {
    StoreMetric a = metrics.get(random.nextInt(metrics.size()));
    StoreMetric b = metrics.get(random.nextInt(metrics.size()));
    Cond.Term left = new Cond.Term.Ref(Cond.metric(a));
    Cond.Term right = new Cond.Term.Ref(Cond.metric(b));
    if (a.javaType() != Double.class && b.javaType() != Double.class && random.nextInt(3) == 0) {
      // Integers compare exactly, so two metrics can be compared directly.
      return new Cond.CompareTerms(left, Op.values()[random.nextInt(Op.values().length)], right);
    }
    char[] ops = {'+', '-', '*', '/'};
    Cond.Term term = random.nextBoolean() ? new Cond.Term.Arith(ops[random.nextInt(4)], left, right)
        : new Cond.Term.Arith(ops[random.nextInt(4)], left, new Cond.Term.Lit(2));
    DiffQuery probe = query.having(null).orderBy(List.of()).limit(OptionalLong.empty());
    List<Double> observed = oracle.evaluate(probe).rows().stream()
        .map(r -> StoreOracle.term(term, o -> r.allMetrics().get(((Cond.MetricOperand) o).metric())))
        .filter(v -> v != null).map(v -> ((Number) v).doubleValue()).distinct().sorted().toList();
    if (observed.isEmpty()) {
      return new Cond.IsNull(Cond.metric(a), random.nextBoolean());
    }
    Object threshold = between(random, StoreMetric.TOTAL_REVENUE, observed); // a double between two values
    List<Op> ops2 = List.of(Op.LT, Op.LE, Op.GT, Op.GE);
    return new Cond.CompareTerms(term, ops2.get(random.nextInt(ops2.size())), new Cond.Term.Lit(threshold));
  }

  private static Cond metricAtom(Random random, StoreMetric metric, List<Double> observed) {
    Cond.Operand operand = Cond.metric(metric);
    if (observed.isEmpty() || random.nextInt(100) < 10) {
      return new Cond.IsNull(operand, random.nextBoolean());
    }
    Object t1 = between(random, metric, observed);
    if (random.nextInt(100) < 20) {
      Object t2 = between(random, metric, observed);
      boolean ordered = StoreOracle.compareValues(t1, t2) <= 0;
      return new Cond.Between(operand, ordered ? t1 : t2, ordered ? t2 : t1, random.nextInt(4) == 0);
    }
    List<Op> ops = metric.javaType() == Double.class
        ? List.of(Op.LT, Op.LE, Op.GT, Op.GE) // never = or <> on a computed double
        : List.of(Op.values());
    Op op = ops.get(random.nextInt(ops.size()));
    if ((op == Op.EQ || op == Op.NE) && metric.javaType() != Double.class) {
      // Integers compare exactly: an observed value.
      double v = observed.get(random.nextInt(observed.size()));
      return new Cond.Compare(operand, op, metric.javaType() == Long.class ? (Object) (long) v : (Object) (int) v);
    }
    return new Cond.Compare(operand, op, t1);
  }

  /**
   * A threshold strictly between two neighbouring observed values (or beyond the ends), as a short decimal, so that
   * a few bits of rounding in an engine's sum cannot move a row across it. Values within 1e-9 of each other are one
   * value (the same number computed two ways), and only gaps wider than 1e-6 relative are cut.
   */
  static Object between(Random random, StoreMetric metric, List<Double> observed) {
    List<Double> values = merged(observed);
    List<Integer> safe = new ArrayList<>();
    for (int i = 0; i <= values.size(); i++) {
      if (i == 0 || i == values.size()
          || values.get(i) - values.get(i - 1) > 1e-6 * Math.max(1, Math.abs(values.get(i)))) {
        safe.add(i);
      }
    }
    int i = safe.get(random.nextInt(safe.size()));
    double low = i == 0 ? values.get(0) - 1 : values.get(i - 1);
    double high = i == values.size() ? values.get(values.size() - 1) + 1 : values.get(i);
    if (metric.javaType() == Long.class) {
      return (long) Math.floor((low + high) / 2); // integers compare exactly
    }
    if (metric.javaType() == Integer.class) {
      return (int) Math.floor((low + high) / 2);
    }
    return shortBetween(low, high);
  }

  /** The shortest decimal strictly inside (low, high) and well away from both ends. */
  static double shortBetween(double low, double high) {
    double mid = (low + high) / 2;
    double margin = (high - low) / 4;
    for (int digits = 0; digits < 15; digits++) {
      double rounded = new java.math.BigDecimal(mid).setScale(digits, java.math.RoundingMode.HALF_UP).doubleValue();
      if (rounded > low + margin && rounded < high - margin) {
        return rounded;
      }
    }
    return mid;
  }

  /** Sorted, with values within 1e-9 relative of the previous one dropped. */
  static List<Double> merged(List<Double> sorted) {
    List<Double> out = new ArrayList<>();
    for (double v : sorted) {
      if (out.isEmpty() || !ResultMatcher.within(out.getLast(), v, 1e-9)) {
        out.add(v);
      }
    }
    return out;
  }

  // --- order and limit -------------------------------------------------------------------------------------------

  private DiffQuery withOrder(Random random, DiffQuery query) {
    List<StoreMetric> sortable = query.metrics().stream().filter(m -> !m.approximate()).toList();
    List<DiffQuery.Sort> sorts = new ArrayList<>();
    if (!sortable.isEmpty() && (query.dims().isEmpty() || random.nextInt(100) < 80)) {
      StoreMetric metric = sortable.get(random.nextInt(sortable.size()));
      sorts.add(new DiffQuery.Sort(Cond.metric(metric), random.nextInt(100) < 80, random.nextInt(100) < 15));
    } else if (!query.dims().isEmpty()) {
      Dim dim = query.dims().get(random.nextInt(query.dims().size()));
      sorts.add(new DiffQuery.Sort(Cond.dim(dim), random.nextBoolean(), random.nextInt(100) < 20));
    } else {
      return query;
    }
    if (!query.dims().isEmpty() && random.nextInt(100) < 10) {
      // A limit alone: the dimensions order the rows.
      return query.limit(OptionalLong.of(1 + random.nextInt(10)));
    }
    if (!query.dims().isEmpty() && random.nextInt(100) < 25) {
      Dim dim = query.dims().get(random.nextInt(query.dims().size()));
      sorts.add(new DiffQuery.Sort(Cond.dim(dim), random.nextBoolean(), random.nextInt(100) < 30));
    }
    OptionalLong limit = random.nextInt(100) < 80 ? OptionalLong.of(1 + random.nextInt(10)) : OptionalLong.empty();
    return query.orderBy(sorts).limit(limit);
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  @SafeVarargs
  private static <T> T pick(Random random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static Weighted weighted(Random random, List<Weighted> candidates) {
    int total = candidates.stream().mapToInt(Weighted::weight).sum();
    int r = random.nextInt(total);
    for (Weighted w : candidates) {
      r -= w.weight;
      if (r < 0) {
        return w;
      }
    }
    throw new IllegalStateException();
  }

  /** Simpler queries that may still fail the same way, simplest first, for shrinking. */
  public static List<DiffQuery> simplifications(DiffQuery query) {
    List<DiffQuery> candidates = new ArrayList<>();
    if (!query.orderBy().isEmpty() || query.limit().isPresent()) {
      candidates.add(query.orderBy(List.of()).limit(OptionalLong.empty()));
    }
    if (query.limit().isPresent()) {
      candidates.add(query.limit(OptionalLong.empty()));
    }
    if (query.having().isPresent()) {
      candidates.add(query.having(null));
      simpler(query.having().get()).forEach(h -> candidates.add(query.having(h)));
    }
    if (query.where().isPresent()) {
      candidates.add(query.where(null));
      simpler(query.where().get()).forEach(w -> candidates.add(query.where(w)));
    }
    for (int i = 0; i < query.dims().size(); i++) {
      List<Dim> fewer = new ArrayList<>(query.dims());
      Dim removed = fewer.remove(i);
      if (!mentions(query, removed)) {
        candidates.add(query.withDims(fewer));
      }
    }
    if (query.metrics().size() > 1) {
      for (int i = 0; i < query.metrics().size(); i++) {
        List<StoreMetric> fewer = new ArrayList<>(query.metrics());
        StoreMetric removed = fewer.remove(i);
        boolean ordered = query.orderBy().stream()
            .anyMatch(s -> s.operand() instanceof Cond.MetricOperand m && m.metric() == removed);
        if (!ordered) {
          candidates.add(query.withMetrics(fewer));
        }
      }
    }
    return candidates;
  }

  private static boolean mentions(DiffQuery query, Dim dim) {
    boolean ordered = query.orderBy().stream().anyMatch(s -> s.operand() instanceof Cond.DimOperand d
        && d.dim().equals(dim));
    List<Dim> inHaving = new ArrayList<>();
    query.having().ifPresent(h -> StoreDifferentialTest.collectDims(h, inHaving));
    return ordered || inHaving.contains(dim);
  }

  private static List<Cond> simpler(Cond cond) {
    List<Cond> out = new ArrayList<>();
    switch (cond) {
      case Cond.And a -> {
        out.addAll(a.operands());
        for (int i = 0; i < a.operands().size(); i++) {
          for (Cond s : simpler(a.operands().get(i))) {
            List<Cond> copy = new ArrayList<>(a.operands());
            copy.set(i, s);
            out.add(new Cond.And(copy));
          }
        }
      }
      case Cond.Or o -> {
        out.addAll(o.operands());
        for (int i = 0; i < o.operands().size(); i++) {
          for (Cond s : simpler(o.operands().get(i))) {
            List<Cond> copy = new ArrayList<>(o.operands());
            copy.set(i, s);
            out.add(new Cond.Or(copy));
          }
        }
      }
      case Cond.Not n -> {
        out.add(n.operand());
        simpler(n.operand()).forEach(s -> out.add(new Cond.Not(s)));
      }
      default -> {}
    }
    return out;
  }
}
