package dev.grainline.internal.model.text;

import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.Model;
import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.ArithmeticOp;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.And;
import dev.grainline.internal.model.expr.Node.Arithmetic;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.Between;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.InList;
import dev.grainline.internal.model.expr.Node.IsNull;
import dev.grainline.internal.model.expr.Node.Like;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.expr.Node.MetricUse;
import dev.grainline.internal.model.expr.Node.Negate;
import dev.grainline.internal.model.expr.Node.Not;
import dev.grainline.internal.model.expr.Node.Or;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decodes a list of ints into the trees the filter parser produces. Every choice reads the next int (0 once the
 * list is used up), and 0 always picks the simplest option, so a shorter list or smaller ints decode to a smaller,
 * simpler tree: shrinking a failing list shrinks the failing tree.
 *
 * <p>Trees are well-formed for the parser: no Negate of a numeric literal (the parser folds those), And and Or with
 * at least two operands, no attribute whose name is a metric's or a reserved word.
 */
final class RandomTrees {
  static final int MAX_DEPTH = 5;

  private static final Set<String> RESERVED = Set.of("AND", "OR", "NOT", "IS", "NULL", "IN", "BETWEEN", "LIKE", "TRUE",
      "FALSE", "DATE", "TIMESTAMP", "ASC", "DESC", "NULLS");
  private static final String TEXT_CHARACTERS = "a '()-,=\"\\%_\nAND";
  private static final long FIRST_DAY = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
  private static final long NANOS_PER_DAY = 24L * 3600 * 1_000_000_000;
  private static final double[] SPECIAL_DOUBLES =
      {0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, 0.1};

  /** Identifiers, many of them keywords: a dotted name or a role may well be called "in" or "Null". */
  static final List<String> IDENTIFIERS = identifiers();

  private final Model model;
  private final List<String> entities;
  private final List<String> metrics;
  private final List<Integer> choices;
  private int next;

  RandomTrees(Model model, List<Integer> choices) {
    this.model = model;
    this.entities = model.entities().stream().map(Entity::name).toList();
    this.metrics = model.metrics().stream().map(MetricDef::name).toList();
    this.choices = choices;
  }

  /** The next int, or 0 when the choices are used up. */
  private int raw() {
    return next < choices.size() ? choices.get(next++) : 0;
  }

  /** A choice in [0, bound). */
  private int choose(int bound) {
    return Math.floorMod(raw(), bound);
  }

  private long rawLong() {
    return ((long) raw() << 32) | (raw() & 0xffffffffL);
  }

  Node filter() {
    return filter(MAX_DEPTH);
  }

  private Node filter(int depth) {
    int kind = depth == 0 ? 0 : choose(16);
    Supplier<Node> child = () -> filter(depth - 1);
    return switch (kind) {
      case 0, 1, 2, 3, 4, 5 -> leaf();
      case 6 -> new Arithmetic(ArithmeticOp.values()[choose(4)], child.get(), child.get());
      case 7 -> {
        Node operand = child.get();
        yield new Negate(operand instanceof Literal l && l.type().isNumeric() ? attribute() : operand);
      }
      case 8 -> new Comparison(ComparisonOp.values()[choose(6)], child.get(), child.get());
      case 9 -> new And(list(2, 4, child));
      case 10 -> new Or(list(2, 4, child));
      case 11 -> new Not(child.get());
      case 12 -> new IsNull(child.get(), choose(2) == 1);
      case 13 -> new InList(child.get(), list(1, 3, child), choose(2) == 1);
      case 14 -> new Between(child.get(), child.get(), child.get(), choose(2) == 1);
      default -> new Like(child.get(), child.get(), choose(2) == 1);
    };
  }

  private List<Node> list(int min, int max, Supplier<Node> element) {
    int size = min + choose(max - min + 1);
    List<Node> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  private Node leaf() {
    return switch (choose(6)) {
      case 0, 1, 2 -> literal();
      case 3, 4 -> attribute();
      default -> metric();
    };
  }

  Literal literal() {
    return switch (choose(8)) {
      case 0 -> new Literal(raw(), SqlType.INTEGER);
      case 1 -> new Literal(bigint(), SqlType.BIGINT);
      case 2 -> new Literal(decimal(), SqlType.DECIMAL);
      case 3 -> new Literal(dbl(), SqlType.DOUBLE);
      case 4 -> new Literal(text(), SqlType.TEXT);
      case 5 -> new Literal(choose(2) == 1, SqlType.BOOLEAN);
      case 6 -> new Literal(date(), SqlType.DATE);
      default -> new Literal(LocalDateTime.of(date(), time()), SqlType.TIMESTAMP);
    };
  }

  /** A long outside the int range (the parser reads smaller integers as INTEGER). */
  private long bigint() {
    return switch (choose(3)) {
      case 0 -> raw() >= 0 ? 2147483648L + choose(1000) : -2147483649L - choose(1000);
      case 1 -> choose(2) == 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
      default -> {
        long value = rawLong();
        yield value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE
            ? (value >= 0 ? value + 2147483648L : value - 2147483649L)
            : value;
      }
    };
  }

  /**
   * A decimal with a fraction (scale 1 to 6) and up to 64 bits of digits: at most 20 digits before the point, as
   * ValueRules allows.
   */
  private BigDecimal decimal() {
    BigInteger unscaled = BigInteger.valueOf(raw());
    for (int words = choose(2); words > 0; words--) {
      unscaled = unscaled.shiftLeft(32).add(BigInteger.valueOf(raw() & 0xffffffffL));
    }
    return new BigDecimal(unscaled, 1 + choose(6));
  }

  private double dbl() {
    return switch (choose(3)) {
      case 0 -> raw() / 8.0;
      case 1 -> SPECIAL_DOUBLES[choose(SPECIAL_DOUBLES.length)];
      default -> {
        double value = Double.longBitsToDouble(rawLong());
        yield Double.isFinite(value) ? value : raw() / 3.0;
      }
    };
  }

  /** Strings of quotes, parentheses, keywords and escapes, and now and then any UTF-16 unit but NUL. */
  private String text() {
    StringBuilder text = new StringBuilder();
    for (int length = choose(10); length > 0; length--) {
      if (choose(5) == 4) {
        char any = (char) raw();
        text.append(any == 0 ? 'a' : any);
      } else {
        text.append(TEXT_CHARACTERS.charAt(choose(TEXT_CHARACTERS.length())));
      }
    }
    return text.toString();
  }

  private LocalDate date() {
    return LocalDate.ofEpochDay(FIRST_DAY + Math.floorMod(rawLong(), LAST_DAY - FIRST_DAY + 1));
  }

  private LocalTime time() {
    return switch (choose(3)) {
      case 0 -> LocalTime.ofSecondOfDay(choose(24 * 60) * 60L);
      case 1 -> LocalTime.ofSecondOfDay(choose(24 * 3600));
      // Microseconds at most, as ValueRules allows.
      default -> LocalTime.ofNanoOfDay(Math.floorMod(rawLong(), NANOS_PER_DAY) / 1000 * 1000);
    };
  }

  /** An attribute of a model entity, of an unknown dotted entity, or a bare name; with a role path now and then. */
  AttributeRef attribute() {
    String entity = switch (choose(3)) {
      case 0 -> entities.get(choose(entities.size()));
      case 1 -> {
        StringBuilder dotted = new StringBuilder(identifier());
        for (int segments = choose(3); segments > 0; segments--) {
          dotted.append('.').append(identifier());
        }
        yield dotted.toString();
      }
      default -> "";
    };
    String attribute = identifier();
    if (entity.isEmpty() && RESERVED.contains(attribute.toUpperCase(Locale.ROOT))) {
      attribute = "not_" + attribute;
    }
    String name = entity.isEmpty() ? attribute : entity + "." + attribute;
    if (model.metric(name).isPresent()) {
      attribute += "_attribute";
    }
    Optional<RolePath> rolePath = Optional.empty();
    if (choose(3) == 2) {
      List<String> roles = new ArrayList<>();
      for (int count = 1 + choose(3); count > 0; count--) {
        roles.add(identifier());
      }
      rolePath = Optional.of(new RolePath(roles));
    }
    return new AttributeRef(entity, attribute, rolePath);
  }

  MetricUse metric() {
    return new MetricUse(metrics.get(choose(metrics.size())));
  }

  private String identifier() {
    return IDENTIFIERS.get(choose(IDENTIFIERS.size()));
  }

  private static List<String> identifiers() {
    Random random = new Random(20240131);
    String first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
    String rest = first + "0123456789";
    List<String> pool = new ArrayList<>(List.of("x", "and", "OR", "Not", "in", "null", "date", "is", "like", "between",
        "TRUE", "first", "last", "asc", "Desc", "nulls", "timestamp", "order", "home", "customer", "_", "e1"));
    while (pool.size() < 100) {
      StringBuilder identifier = new StringBuilder().append(first.charAt(random.nextInt(first.length())));
      for (int i = random.nextInt(8); i > 0; i--) {
        identifier.append(rest.charAt(random.nextInt(rest.length())));
      }
      pool.add(identifier.toString());
    }
    return List.copyOf(pool);
  }
}
