package dev.grainline.examples.differential;

import dev.grainline.examples.data.CustomerRow;
import dev.grainline.examples.data.DateRow;
import dev.grainline.examples.data.LocationRow;
import dev.grainline.examples.data.OrderItemRow;
import dev.grainline.examples.data.OrderRow;
import dev.grainline.examples.data.PageViewRow;
import dev.grainline.examples.data.ProductRow;
import dev.grainline.examples.data.StoreDataSet;
import dev.grainline.examples.differential.StoreMetric.Fact;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The store model's semantics hand-coded over the generator's rows, with no planning or SQL: the independent side of
 * every differential test.
 *
 * <ul>
 *   <li>Facts: order lines are orders INNER JOIN order items on order_id; page views are the page_views rows.
 *   <li>Dimensions are looked up through the model's links with their roles (product; customer[customer];
 *       date[order]/[page] (the unroled date is each fact's own), date[customer->registration]; location[from],
 *       [to], [customer->home] (the unroled location of a page view is [customer->home]; of an order line it is
 *       ambiguous). A key without a dimension row, or a NULL key, gives NULL attributes (LEFT joins).
 *   <li>Where filters apply to each fact's rows before aggregation, in three-valued logic; a row is kept only when
 *       the filter is TRUE. Rows group by their dimension values, NULL being a value of its own.
 *   <li>The result has a row per key that a fact of a requested metric has rows for; without dimensions exactly
 *       one row. A fact whose metrics are only filtered on (having) adds no keys. A fact without rows for a key
 *       aggregates the empty set: counts are 0, everything else NULL.
 *   <li>Having filters result rows; ORDER BY sorts NULLs last unless asked otherwise, every dimension not ordered
 *       by breaks ties ascending (NULLs last); then LIMIT.
 *   <li>Window metrics read other periods' rows than their group's: {@link WindowOracle} checks the query against
 *       their rules (throwing {@link WindowOracle.Rejected}) and computes them on each group.
 * </ul>
 */
public final class StoreOracle {
  /** An order line: the order joined to one of its items. */
  public record OrderLine(OrderRow order, OrderItemRow item) {
    /** quantity * unit_price; NULL when either is. */
    Double lineTotal() {
      return item.quantity() == null || item.unitPrice() == null ? null : item.quantity() * item.unitPrice();
    }
  }

  /** The rows of one result key, per fact. */
  public static final class Group {
    final List<Object> key;
    final List<OrderLine> lines = new ArrayList<>();
    final List<PageViewRow> views = new ArrayList<>();
    private final Map<StoreMetric, Object> values = new EnumMap<>(StoreMetric.class);

    Group(List<Object> key) {
      this.key = key;
    }

    public List<OrderLine> lines() {
      return lines;
    }

    public List<PageViewRow> views() {
      return views;
    }
  }

  /**
   * One result row: the dimension values, then the metric values, plus what comparing them needs: per variance or
   * standard deviation the mean square of its values, per approximate metric the exact distinct count it estimates.
   */
  public record OracleRow(List<Object> key, List<Object> values, Map<StoreMetric, Double> scale,
      Map<StoreMetric, Object> allMetrics) {}

  /** The oracle's answer: the rows in result order, and all of them before the limit. */
  public record OracleResult(DiffQuery query, List<String> columns, List<OracleRow> rows, List<OracleRow> unlimited) {
    public List<List<Object>> values() {
      return rows.stream().map(OracleRow::values).toList();
    }
  }

  private final List<OrderLine> lines;
  private final List<PageViewRow> views;
  private final Map<Integer, ProductRow> products;
  private final Map<Integer, CustomerRow> customers;
  private final Map<Integer, DateRow> dates;
  private final Map<Integer, LocationRow> locations;

  public StoreOracle(StoreDataSet data) {
    Map<Integer, List<OrderItemRow>> itemsByOrder = new HashMap<>();
    data.orderItems().forEach(i -> itemsByOrder.computeIfAbsent(i.orderId(), k -> new ArrayList<>()).add(i));
    List<OrderLine> joined = new ArrayList<>();
    // INNER JOIN: an order without items has no line; an item without an order has none either.
    data.orders().forEach(o -> itemsByOrder.getOrDefault(o.orderId(), List.of())
        .forEach(i -> joined.add(new OrderLine(o, i))));
    this.lines = List.copyOf(joined);
    this.views = data.pageViews().toList();
    this.products = index(data.products().toList(), ProductRow::productId);
    this.customers = index(data.customers().toList(), CustomerRow::customerId);
    this.dates = index(data.dates().toList(), DateRow::dateId);
    this.locations = index(data.locations().toList(), LocationRow::locationId);
  }

  private static <T> Map<Integer, T> index(List<T> rows, Function<T, Integer> key) {
    Map<Integer, T> map = new HashMap<>();
    for (T row : rows) {
      if (map.put(key.apply(row), row) != null) {
        throw new IllegalStateException("duplicate key " + key.apply(row));
      }
    }
    return Map.copyOf(map);
  }

  public List<OrderLine> lines() {
    return lines;
  }

  public List<PageViewRow> views() {
    return views;
  }

  // --- paths -----------------------------------------------------------------------------------------------------

  /** How a fact reaches a dimension's row. */
  enum Hop {
    LOCAL, PRODUCT, CUSTOMER, OWN_DATE, REGISTRATION_DATE, FROM_LOCATION, TO_LOCATION, HOME_LOCATION
  }

  /** The hop of a dimension reference from a fact; empty when the fact cannot reach it unambiguously. */
  public static Optional<Hop> hop(Fact fact, Dim dim) {
    List<String> r = dim.roles();
    boolean orders = fact == Fact.ORDERS;
    return Optional.ofNullable(switch (dim.entity()) {
      case "v3.order_details" -> orders && r == null ? Hop.LOCAL : null;
      case "v3.page_views_enriched" -> !orders && r == null ? Hop.LOCAL : null;
      case "v3.product" -> r == null ? Hop.PRODUCT : null;
      case "v3.customer" -> r == null || r.equals(List.of("customer")) ? Hop.CUSTOMER : null;
      case "v3.date" -> {
        if (r == null || r.equals(List.of(orders ? "order" : "page"))) {
          yield Hop.OWN_DATE;
        }
        yield r.equals(List.of("customer", "registration")) ? Hop.REGISTRATION_DATE : null;
      }
      case "v3.location" -> {
        if (r == null) {
          // Orders reach locations through [from] and [to], equally near: ambiguous. Views only through home.
          yield orders ? null : Hop.HOME_LOCATION;
        }
        if (r.equals(List.of("customer", "home"))) {
          yield Hop.HOME_LOCATION;
        }
        if (orders && r.equals(List.of("from"))) {
          yield Hop.FROM_LOCATION;
        }
        yield orders && r.equals(List.of("to")) ? Hop.TO_LOCATION : null;
      }
      default -> null;
    });
  }

  public static boolean reachable(Fact fact, Dim dim) {
    return hop(fact, dim).isPresent();
  }

  /** The value of a dimension attribute for a fact row (an {@link OrderLine} or a {@link PageViewRow}). */
  public Object attribute(Fact fact, Object row, Dim dim) {
    Hop hop = hop(fact, dim).orElseThrow(() -> new IllegalArgumentException(dim + " is not reachable from " + fact));
    OrderLine line = fact == Fact.ORDERS ? (OrderLine) row : null;
    PageViewRow view = fact == Fact.VIEWS ? (PageViewRow) row : null;
    String a = dim.attribute();
    return switch (hop) {
      case LOCAL -> line != null ? switch (a) {
        case "order_id" -> line.order().orderId();
        case "line_number" -> line.item().lineNumber();
        case "status" -> line.order().status();
        default -> throw new IllegalArgumentException(a);
      } : switch (a) {
        case "view_id" -> view.viewId();
        case "page_type" -> view.pageType();
        default -> throw new IllegalArgumentException(a);
      };
      case PRODUCT -> product(lookup(products, line != null ? line.item().productId() : view.productId()), a);
      case CUSTOMER -> customer(customerOf(line, view), a);
      case OWN_DATE -> date(lookup(dates, line != null ? line.order().orderDate() : view.pageDate()), a);
      case REGISTRATION_DATE -> {
        CustomerRow c = customerOf(line, view);
        yield date(c == null ? null : lookup(dates, c.registrationDate()), a);
      }
      case FROM_LOCATION -> location(lookup(locations, line.order().fromLocationId()), a);
      case TO_LOCATION -> location(lookup(locations, line.order().toLocationId()), a);
      case HOME_LOCATION -> {
        CustomerRow c = customerOf(line, view);
        yield location(c == null ? null : lookup(locations, c.locationId()), a);
      }
    };
  }

  private CustomerRow customerOf(OrderLine line, PageViewRow view) {
    return lookup(customers, line != null ? line.order().customerId() : view.customerId());
  }

  private static <T> T lookup(Map<Integer, T> table, Integer key) {
    return key == null ? null : table.get(key);
  }

  private static Object product(ProductRow p, String a) {
    if (p == null) {
      return null;
    }
    return switch (a) {
      case "product_id" -> p.productId();
      case "name" -> p.name();
      case "category" -> p.category();
      case "subcategory" -> p.subcategory();
      case "price" -> p.price();
      default -> throw new IllegalArgumentException(a);
    };
  }

  private static Object customer(CustomerRow c, String a) {
    if (c == null) {
      return null;
    }
    return switch (a) {
      case "customer_id" -> c.customerId();
      case "name" -> c.name();
      case "email" -> c.email();
      default -> throw new IllegalArgumentException(a);
    };
  }

  private static Object date(DateRow d, String a) {
    if (d == null) {
      return null;
    }
    return switch (a) {
      case "date_id" -> d.dateId();
      case "date_value" -> d.dateValue();
      case "day_of_week" -> d.dayOfWeek();
      case "week" -> d.week();
      case "month" -> d.month();
      case "quarter" -> d.quarter();
      case "year" -> d.year();
      default -> throw new IllegalArgumentException(a);
    };
  }

  private static Object location(LocationRow l, String a) {
    if (l == null) {
      return null;
    }
    return switch (a) {
      case "location_id" -> l.locationId();
      case "postal_code" -> l.postalCode();
      case "city" -> l.city();
      case "region" -> l.region();
      case "country" -> l.country();
      default -> throw new IllegalArgumentException(a);
    };
  }

  // --- evaluation ------------------------------------------------------------------------------------------------

  /** The rows of every key of the query, before having, order and limit, in no particular order. */
  public Collection<Group> groups(DiffQuery query) {
    Map<List<Object>, Group> groups = new LinkedHashMap<>();
    if (query.dims().isEmpty()) {
      groups.put(List.of(), new Group(List.of()));
    }
    // Requested facts first: they make the keys; a fact only filtered on contributes rows to existing keys only.
    List<Fact> facts = new ArrayList<>(query.requestedFacts());
    query.facts().stream().filter(f -> !facts.contains(f)).forEach(facts::add);
    for (Fact fact : facts) {
      boolean makesKeys = query.requestedFacts().contains(fact);
      List<?> rows = fact == Fact.ORDERS ? lines : views;
      for (Object row : rows) {
        if (query.where().isPresent()
            && !Boolean.TRUE.equals(eval(query.where().get(), operand -> switch (operand) {
              case Cond.DimOperand d -> attribute(fact, row, d.dim());
              case Cond.MetricOperand m -> throw new IllegalArgumentException("a metric in where: " + m);
            }))) {
          continue;
        }
        List<Object> key = new ArrayList<>(query.dims().size());
        for (Dim dim : query.dims()) {
          key.add(attribute(fact, row, dim));
        }
        Group group = makesKeys
            ? groups.computeIfAbsent(Collections.unmodifiableList(key), Group::new)
            : groups.get(key);
        if (group == null) {
          continue;
        }
        if (fact == Fact.ORDERS) {
          group.lines.add((OrderLine) row);
        } else {
          group.views.add((PageViewRow) row);
        }
      }
    }
    return groups.values();
  }

  /** The query's result rows, in order. */
  public OracleResult evaluate(DiffQuery query) {
    List<OracleRow> rows = new ArrayList<>();
    List<StoreMetric> all = new ArrayList<>(query.metrics());
    all.addAll(query.filterOnlyMetrics());
    // Window metrics: the query is checked against their rules first (a rejected query has no rows).
    WindowOracle windows = new WindowOracle(this, query);
    for (Group group : groups(query)) {
      Map<StoreMetric, Object> metricValues = new EnumMap<>(StoreMetric.class);
      for (StoreMetric metric : all) {
        metricValues.put(metric, metric.window() ? windows.value(metric, group) : value(metric, group));
      }
      if (query.having().isPresent()) {
        Boolean keep = eval(query.having().get(), operand -> switch (operand) {
          case Cond.DimOperand d -> {
            int index = query.dims().indexOf(d.dim());
            if (index < 0) {
              throw new IllegalArgumentException("having on an unrequested dimension " + d);
            }
            yield group.key.get(index);
          }
          case Cond.MetricOperand m -> metricValues.get(m.metric());
        });
        if (!Boolean.TRUE.equals(keep)) {
          continue;
        }
      }
      List<Object> values = new ArrayList<>(group.key);
      Map<StoreMetric, Double> scales = new EnumMap<>(StoreMetric.class);
      for (StoreMetric metric : query.metrics()) {
        values.add(metricValues.get(metric));
        if (metric.check() == StoreMetric.Check.VARIANCE || metric.check() == StoreMetric.Check.STDDEV) {
          scales.put(metric, meanSquare(unitPrices(group)));
        } else if (metric.approximate()) {
          scales.put(metric, ((Long) value(StoreMetric.CUSTOMER_COUNT, group)).doubleValue());
        }
      }
      rows.add(new OracleRow(group.key, Collections.unmodifiableList(values), scales, metricValues));
    }
    rows.sort(comparator(query));
    List<OracleRow> limited = query.limit().isPresent()
        ? rows.subList(0, (int) Math.min(rows.size(), query.limit().getAsLong()))
        : rows;
    return new OracleResult(query, query.columns(), List.copyOf(limited), List.copyOf(rows));
  }

  /** ORDER BY the query's items, then every dimension not ordered by, ascending, NULLs last. */
  static Comparator<OracleRow> comparator(DiffQuery query) {
    Comparator<OracleRow> order = (a, b) -> 0;
    Set<String> ordered = new HashSet<>();
    for (DiffQuery.Sort sort : query.orderBy()) {
      if (!ordered.add(sort.operand().name())) {
        continue;
      }
      Function<OracleRow, Object> value = switch (sort.operand()) {
        case Cond.DimOperand d -> row -> row.key().get(query.dims().indexOf(d.dim()));
        case Cond.MetricOperand m -> row -> row.allMetrics().get(m.metric());
      };
      order = order.thenComparing(value, nullOrder(sort.descending(), sort.nullsFirst()));
    }
    for (int i = 0; i < query.dims().size(); i++) {
      if (ordered.add(query.dims().get(i).name())) {
        int index = i;
        order = order.thenComparing(row -> row.key().get(index), nullOrder(false, false));
      }
    }
    return order;
  }

  private static Comparator<Object> nullOrder(boolean descending, boolean nullsFirst) {
    Comparator<Object> values = descending ? (x, y) -> compareValues(y, x) : StoreOracle::compareValues;
    return nullsFirst ? Comparator.nullsFirst(values) : Comparator.nullsLast(values);
  }

  /** SQL's order of two non-NULL values of one type: numbers by value, text by code point, timestamps in time. */
  static int compareValues(Object x, Object y) {
    if (x instanceof Number a && y instanceof Number b) {
      if (isIntegral(a) && isIntegral(b)) {
        return Long.compare(a.longValue(), b.longValue());
      }
      double p = a.doubleValue();
      double q = b.doubleValue();
      return p < q ? -1 : p > q ? 1 : 0;
    }
    if (x instanceof String a && y instanceof String b) {
      return a.compareTo(b);
    }
    if (x instanceof LocalDateTime a && y instanceof LocalDateTime b) {
      return a.compareTo(b);
    }
    // A DATE compared with a TIMESTAMP is that day's midnight.
    if (x instanceof java.time.LocalDate a) {
      return compareValues(a.atStartOfDay(), y);
    }
    if (y instanceof java.time.LocalDate b) {
      return compareValues(x, b.atStartOfDay());
    }
    throw new IllegalArgumentException("cannot compare " + x + " with " + y);
  }

  private static boolean isIntegral(Number n) {
    return n instanceof Integer || n instanceof Long;
  }

  // --- three-valued logic ----------------------------------------------------------------------------------------

  /** TRUE, FALSE or NULL (unknown), as SQL evaluates the condition. */
  static Boolean eval(Cond cond, Function<Cond.Operand, Object> values) {
    return switch (cond) {
      case Cond.Compare c -> {
        Object v = values.apply(c.operand());
        if (v == null) {
          yield null;
        }
        int cmp = compareValues(v, c.value());
        yield switch (c.op()) {
          case EQ -> cmp == 0;
          case NE -> cmp != 0;
          case LT -> cmp < 0;
          case LE -> cmp <= 0;
          case GT -> cmp > 0;
          case GE -> cmp >= 0;
        };
      }
      case Cond.In in -> {
        Object v = values.apply(in.operand());
        if (v == null) {
          yield null;
        }
        boolean found = in.values().stream().anyMatch(x -> compareValues(v, x) == 0);
        yield in.negated() != found;
      }
      case Cond.Between b -> {
        Object v = values.apply(b.operand());
        if (v == null) {
          yield null;
        }
        boolean inside = compareValues(v, b.low()) >= 0 && compareValues(v, b.high()) <= 0;
        yield b.negated() != inside;
      }
      case Cond.IsNull n -> n.negated() != (values.apply(n.operand()) == null);
      case Cond.Like l -> {
        Object v = values.apply(l.operand());
        if (v == null) {
          yield null;
        }
        boolean matches = likePattern(l.pattern()).matcher((String) v).matches();
        yield l.negated() != matches;
      }
      case Cond.CompareTerms c -> {
        Object l = term(c.left(), values);
        Object r = term(c.right(), values);
        if (l == null || r == null) {
          yield null;
        }
        int cmp = compareValues(l, r);
        yield switch (c.op()) {
          case EQ -> cmp == 0;
          case NE -> cmp != 0;
          case LT -> cmp < 0;
          case LE -> cmp <= 0;
          case GT -> cmp > 0;
          case GE -> cmp >= 0;
        };
      }
      case Cond.And a -> {
        boolean unknown = false;
        for (Cond operand : a.operands()) {
          Boolean b = eval(operand, values);
          if (Boolean.FALSE.equals(b)) {
            yield false;
          }
          unknown |= b == null;
        }
        yield unknown ? null : true;
      }
      case Cond.Or o -> {
        boolean unknown = false;
        for (Cond operand : o.operands()) {
          Boolean b = eval(operand, values);
          if (Boolean.TRUE.equals(b)) {
            yield true;
          }
          unknown |= b == null;
        }
        yield unknown ? null : false;
      }
      case Cond.Not n -> {
        Boolean b = eval(n.operand(), values);
        yield b == null ? null : !b;
      }
    };
  }

  /**
   * A value expression: NULL in, NULL out; integers stay integers under + - * (no overflow at these sizes);
   * division is real-valued and NULL for a zero divisor, as metric division is.
   */
  static Object term(Cond.Term term, Function<Cond.Operand, Object> values) {
    return switch (term) {
      case Cond.Term.Ref r -> values.apply(r.operand());
      case Cond.Term.Lit l -> l.value();
      case Cond.Term.Neg n -> {
        Object v = term(n.operand(), values);
        yield v == null ? null : v instanceof Double d ? (Object) (-d) : (Object) (-((Number) v).longValue());
      }
      case Cond.Term.Arith a -> {
        Object l = term(a.left(), values);
        Object r = term(a.right(), values);
        if (l == null || r == null) {
          yield null;
        }
        Number x = (Number) l;
        Number y = (Number) r;
        if (a.op() == '/') {
          yield y.doubleValue() == 0 ? null : (Object) (x.doubleValue() / y.doubleValue());
        }
        if (isIntegral(x) && isIntegral(y)) {
          yield switch (a.op()) {
            case '+' -> Math.addExact(x.longValue(), y.longValue());
            case '-' -> Math.subtractExact(x.longValue(), y.longValue());
            case '*' -> Math.multiplyExact(x.longValue(), y.longValue());
            default -> throw new IllegalArgumentException("operator " + a.op());
          };
        }
        yield switch (a.op()) {
          case '+' -> x.doubleValue() + y.doubleValue();
          case '-' -> x.doubleValue() - y.doubleValue();
          case '*' -> x.doubleValue() * y.doubleValue();
          default -> throw new IllegalArgumentException("operator " + a.op());
        };
      }
    };
  }

  private static final Map<String, Pattern> LIKE_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

  /** LIKE: % any run of characters, _ one character, backslash escapes; case-sensitive, the whole string. */
  static Pattern likePattern(String like) {
    return LIKE_PATTERNS.computeIfAbsent(like, p -> {
      StringBuilder regex = new StringBuilder();
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (c == '\\' && i + 1 < p.length()) {
          regex.append(Pattern.quote(String.valueOf(p.charAt(++i))));
        } else if (c == '%') {
          regex.append(".*");
        } else if (c == '_') {
          regex.append('.');
        } else {
          regex.append(Pattern.quote(String.valueOf(c)));
        }
      }
      return Pattern.compile(regex.toString(), Pattern.DOTALL);
    });
  }

  // --- metrics ---------------------------------------------------------------------------------------------------

  /** A metric over one key's rows; the rows of a fact the key has none of are the empty set. */
  public Object value(StoreMetric metric, Group g) {
    if (g.values.containsKey(metric)) {
      return g.values.get(metric);
    }
    Object value = compute(metric, g);
    g.values.put(metric, value);
    return value;
  }

  private Object compute(StoreMetric metric, Group g) {
    List<OrderLine> l = g.lines;
    List<PageViewRow> v = g.views;
    return switch (metric) {
      case TOTAL_REVENUE -> sumDouble(l.stream().map(OrderLine::lineTotal).toList());
      case TOTAL_QUANTITY -> sumLong(l.stream().map(x -> x.item().quantity()).toList());
      case ORDER_COUNT -> countDistinct(l.stream().map(x -> x.order().orderId()).toList());
      case AVG_UNIT_PRICE -> avg(unitPrices(g));
      case TOTAL_UNIT_PRICE -> sumDouble(unitPrices(g));
      // Exact here; DuckDB estimates it (compared within a tolerance), PostgreSQL counts exactly.
      case CUSTOMER_COUNT -> countDistinct(l.stream().map(x -> x.order().customerId()).toList());
      case MAX_UNIT_PRICE -> unitPrices(g).stream().filter(Objects::nonNull).max(Double::compare).orElse(null);
      case MIN_UNIT_PRICE -> unitPrices(g).stream().filter(Objects::nonNull).min(Double::compare).orElse(null);
      case TOP_PRODUCT_BY_REVENUE -> pick(l, x -> x.item().productId(), OrderLine::lineTotal, true);
      case FIRST_PRODUCT_WHEN_ANY_QUANTITY -> l.stream().anyMatch(x -> x.item().quantity() != null)
          ? pick(l, x -> x.item().productId(), x -> x.order().orderDate(), false)
          : null;
      case COMPLETED_ORDER_REVENUE -> sumDouble(l.stream()
          .map(x -> "completed".equals(x.order().status()) ? x.lineTotal() : Double.valueOf(0.0)).toList());
      case PRICE_SPREAD -> minus(value(StoreMetric.MAX_UNIT_PRICE, g), value(StoreMetric.MIN_UNIT_PRICE, g));
      case UNIT_PRICE_VARIANCE -> varianceSample(unitPrices(g));
      case UNIT_PRICE_STDDEV -> {
        Double variance = varianceSample(unitPrices(g));
        yield variance == null ? null : Math.sqrt(variance);
      }
      case MEDIAN_UNIT_PRICE -> median(unitPrices(g));
      case PAGE_VIEW_COUNT -> (long) v.size(); // COUNT(view_id): view ids are never NULL
      case PRODUCT_VIEW_COUNT -> v.isEmpty() ? null
          : (Object) v.stream().mapToLong(x -> "product".equals(x.pageType()) ? 1 : 0).sum();
      case SESSION_COUNT -> countDistinct(v.stream().map(PageViewRow::sessionId).toList());
      case VISITOR_COUNT -> countDistinct(v.stream().map(PageViewRow::customerId).toList());
      case PRODUCT_SESSION_COUNT -> countDistinct(v.stream()
          .map(x -> "product".equals(x.pageType()) ? x.sessionId() : null).toList());
      case AVG_ORDER_VALUE -> divide(value(StoreMetric.TOTAL_REVENUE, g), value(StoreMetric.ORDER_COUNT, g));
      case AVG_ITEMS_PER_ORDER -> divide(value(StoreMetric.TOTAL_QUANTITY, g), value(StoreMetric.ORDER_COUNT, g));
      case REVENUE_PER_CUSTOMER -> divide(value(StoreMetric.TOTAL_REVENUE, g), value(StoreMetric.CUSTOMER_COUNT, g));
      case PAGES_PER_SESSION -> divide(value(StoreMetric.PAGE_VIEW_COUNT, g), value(StoreMetric.SESSION_COUNT, g));
      case CONVERSION_RATE -> divide(value(StoreMetric.ORDER_COUNT, g), value(StoreMetric.VISITOR_COUNT, g));
      case REVENUE_PER_VISITOR -> divide(value(StoreMetric.TOTAL_REVENUE, g), value(StoreMetric.VISITOR_COUNT, g));
      case REVENUE_PER_PAGE_VIEW -> divide(value(StoreMetric.TOTAL_REVENUE, g),
          value(StoreMetric.PAGE_VIEW_COUNT, g));
      case PRICE_SPREAD_PCT -> times(divide(value(StoreMetric.PRICE_SPREAD, g), value(StoreMetric.AVG_UNIT_PRICE, g)),
          100.0);
      case AOV_GROWTH_INDEX -> times(divide(value(StoreMetric.AVG_ORDER_VALUE, g), 50.0), 100.0);
      case EFFICIENCY_RATIO -> divide(value(StoreMetric.AVG_ORDER_VALUE, g), value(StoreMetric.PAGES_PER_SESSION, g));
      case WOW_REVENUE_CHANGE, WOW_ORDER_GROWTH, MOM_REVENUE_CHANGE, TRAILING_7D_REVENUE, TRAILING_28D_REVENUE,
          TRAILING_7D_REVENUE_INFERRED_DIM, TRAILING_WOW_REVENUE_CHANGE, WOW_AOV_CHANGE, WOW_CONVERSION_RATE_CHANGE,
          REVENUE_MTD, REVENUE_YTD, TRAILING_7D_VISITORS -> throw new IllegalStateException(
              metric + " reads other periods' rows than its group's: WindowOracle computes it for a query");
    };
  }

  static List<Double> unitPrices(Group g) {
    return g.lines.stream().map(x -> x.item().unitPrice()).toList();
  }

  /** SUM over doubles: NULL when there is no non-NULL value. */
  static Double sumDouble(List<Double> values) {
    double sum = 0;
    boolean any = false;
    for (Double d : values) {
      if (d != null) {
        sum += d;
        any = true;
      }
    }
    return any ? sum : null;
  }

  static Long sumLong(List<Integer> values) {
    long sum = 0;
    boolean any = false;
    for (Integer i : values) {
      if (i != null) {
        sum += i;
        any = true;
      }
    }
    return any ? sum : null;
  }

  /** COUNT(DISTINCT x): NULLs ignored, 0 when there is none. */
  static Long countDistinct(List<?> values) {
    return values.stream().filter(Objects::nonNull).distinct().count();
  }

  static Double avg(List<Double> values) {
    List<Double> present = values.stream().filter(Objects::nonNull).toList();
    return present.isEmpty() ? null : sumDouble(present) / present.size();
  }

  /** Sample variance in two passes (mean, then squared deviations): NULL for fewer than two values. */
  static Double varianceSample(List<Double> values) {
    List<Double> present = values.stream().filter(Objects::nonNull).toList();
    if (present.size() < 2) {
      return null;
    }
    double mean = present.stream().mapToDouble(Double::doubleValue).sum() / present.size();
    double squares = 0;
    for (double x : present) {
      squares += (x - mean) * (x - mean);
    }
    return squares / (present.size() - 1);
  }

  /** The mean of the squares: the scale a variance computed from sums of squares is exact to. */
  static double meanSquare(List<Double> values) {
    return values.stream().filter(Objects::nonNull).mapToDouble(x -> x * x).average().orElse(0);
  }

  /** Continuous median: the middle value, or the two middle values interpolated. */
  static Double median(List<Double> values) {
    double[] sorted = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return null;
    }
    double position = 0.5 * (sorted.length - 1);
    int low = (int) Math.floor(position);
    int high = (int) Math.ceil(position);
    return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
  }

  /**
   * MAX_BY / MIN_BY: the value on the row with the greatest (least) key, rows with a NULL key ignored; among rows
   * with that key the greatest (least) value.
   */
  static <R> Integer pick(List<R> rows, Function<R, Integer> value, Function<R, ? extends Number> key,
      boolean greatest) {
    Comparator<Double> keys = greatest ? Comparator.naturalOrder() : Comparator.reverseOrder();
    Comparator<Integer> values = greatest ? Comparator.nullsFirst(Comparator.<Integer>naturalOrder())
        : Comparator.nullsFirst(Comparator.<Integer>reverseOrder());
    R best = null;
    for (R row : rows) {
      Number k = key.apply(row);
      if (k == null) {
        continue;
      }
      if (best == null) {
        best = row;
        continue;
      }
      int c = keys.compare(k.doubleValue(), key.apply(best).doubleValue());
      if (c > 0 || (c == 0 && values.compare(value.apply(row), value.apply(best)) > 0)) {
        best = row;
      }
    }
    return best == null ? null : value.apply(best);
  }

  /** Division of metrics: real-valued; NULL when either side is NULL or the divisor is 0. */
  static Double divide(Object dividend, Object divisor) {
    if (dividend == null || divisor == null) {
      return null;
    }
    double d = ((Number) divisor).doubleValue();
    return d == 0 ? null : ((Number) dividend).doubleValue() / d;
  }

  static Double minus(Object a, Object b) {
    return a == null || b == null ? null : ((Number) a).doubleValue() - ((Number) b).doubleValue();
  }

  static Double times(Object a, double b) {
    return a == null ? null : ((Number) a).doubleValue() * b;
  }

  /** Distinct non-NULL values of a dimension over the rows of a fact (for generators and hand-picked cases). */
  public List<Object> distinctValues(Fact fact, Dim dim) {
    List<?> rows = fact == Fact.ORDERS ? lines : views;
    Set<Object> seen = new java.util.LinkedHashSet<>();
    for (Object row : rows) {
      Object value = attribute(fact, row, dim);
      if (value != null) {
        seen.add(value);
      }
    }
    List<Object> sorted = new ArrayList<>(seen);
    sorted.sort(StoreOracle::compareValues);
    return sorted;
  }

  /** For messages: a row's values as text. */
  static String show(List<Object> values) {
    return values.stream().map(v -> v == null ? "NULL" : v instanceof String s ? "'" + s + "'" : v.toString())
        .collect(Collectors.joining(", ", "[", "]"));
  }

  static String show(Object[] values) {
    return show(Arrays.asList(values));
  }
}
