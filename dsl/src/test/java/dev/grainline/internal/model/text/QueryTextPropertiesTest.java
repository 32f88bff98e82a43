package dev.grainline.internal.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Properties of the parser: random well-formed filter trees, printed fully parenthesized or with minimal
 * parentheses, in any keyword case, parse back to the same tree with well-formed spans; ORDER BY lists and
 * dimensions round-trip too; and no input, however broken, makes the parser throw anything but a
 * {@link QueryTextException} pointing into the input.
 *
 * <p>Inputs come from a seeded random source (fixed by default, so CI is deterministic; {@code -Dgrainline.seed=N}
 * explores others). Trees are decoded from int lists by {@link RandomTrees}; a failing list is shortened while it
 * still fails, so the report shows a small tree. No property-testing library is used: jqwik's current releases ask
 * AI agents not to use it.
 */
class QueryTextPropertiesTest {
  private static final long SEED = Long.getLong("grainline.seed", 20_261_122L);

  /** Runs a property {@code tries} times, each with its own random source, naming the try that fails. */
  private static void forAll(String property, int tries, Consumer<SplittableRandom> check) {
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (int i = 0; i < tries; i++) {
      SplittableRandom random = seeds.split();
      try {
        check.accept(random);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(property + " failed on try " + i + " of seed " + SEED + ": " + e.getMessage(), e);
      }
    }
  }

  /** Runs a property of a choice list; a failing list is shortened as far as it keeps failing. */
  private static void forAllChoices(String property, int tries, Consumer<List<Integer>> check) {
    forAll(property, tries, random -> {
      List<Integer> choices = choices(random);
      try {
        check.accept(choices);
      } catch (AssertionError | RuntimeException e) {
        List<Integer> smallest = shrink(choices, check);
        throw new AssertionError("smallest failing choices " + smallest + ": " + failure(smallest, check), e);
      }
    });
  }

  private static List<Integer> shrink(List<Integer> failing, Consumer<List<Integer>> check) {
    List<Integer> current = failing;
    boolean smaller = true;
    while (smaller) {
      smaller = false;
      for (int cut = current.size() / 2; cut >= 1 && !smaller; cut /= 2) {
        for (int from = 0; from + cut <= current.size() && !smaller; from += cut) {
          List<Integer> candidate = new ArrayList<>(current.subList(0, from));
          candidate.addAll(current.subList(from + cut, current.size()));
          if (failure(candidate, check) != null) {
            current = candidate;
            smaller = true;
          }
        }
      }
    }
    return current;
  }

  private static String failure(List<Integer> choices, Consumer<List<Integer>> check) {
    try {
      check.accept(choices);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }

  // --- round trips -----------------------------------------------------------------------------------------------

  @Test
  void minimallyParenthesizedFiltersParseBack() {
    forAll("minimal parentheses round trip", 2000, random -> {
      Style style = style(random);
      List<Integer> choices = choices(random);
      roundTrip(tree(choices), style.printer(FilterPrinter.Parentheses.MINIMAL));
    });
  }

  @Test
  void fullyParenthesizedFiltersParseBack() {
    forAll("full parentheses round trip", 2000, random -> {
      Style style = style(random);
      List<Integer> choices = choices(random);
      roundTrip(tree(choices), style.printer(FilterPrinter.Parentheses.FULL));
    });
  }

  @Test
  void minimalTreesShrinkOnFailure() {
    // The round trip with default printing, checked through the shrinking runner, so that a failure is small.
    forAllChoices("round trip of shrinkable trees", 500,
        choices -> roundTrip(tree(choices), FilterPrinter.minimal()));
  }

  private static Node tree(List<Integer> choices) {
    return new RandomTrees(TestStore.MODEL, choices).filter();
  }

  private static void roundTrip(Node tree, FilterPrinter printer) {
    String text = printer.print(tree);
    Parsed<Node> parsed = QueryText.filter(text, TestStore.MODEL);
    assertEquals(tree, parsed.value(), text);
    Optional<String> violation = Trees.spanViolation(parsed, text);
    assertTrue(violation.isEmpty(), () -> text + ": " + violation.get());
  }

  @Test
  void orderByListsParseBack() {
    forAllChoices("ORDER BY round trip", 1000, choices -> {
      List<SortItem> items = sortItems(new RandomTrees(TestStore.MODEL, choices), new Random(choices.hashCode()));
      String text = items.stream().map(SortItem::print).collect(Collectors.joining(", "));
      Parsed<List<SortKey>> parsed = QueryText.orderBy(text, TestStore.MODEL);
      assertEquals(items.stream().map(SortItem::key).toList(), parsed.value(), text);
      for (SortKey key : parsed.value()) {
        Span item = parsed.span(key).orElseThrow();
        Span reference = parsed.span(key.expr()).orElseThrow();
        assertTrue(item.start() == reference.start() && reference.end() <= item.end(), text);
      }
    });
  }

  @Test
  void dimensionsParseBack() {
    forAllChoices("dimension round trip", 1000, choices -> {
      AttributeRef ref = new RandomTrees(TestStore.MODEL, choices).attribute();
      String text = " " + FilterPrinter.minimal().print(ref) + "\t";
      Parsed<AttributeRef> parsed = QueryText.dimension(text, TestStore.MODEL);
      assertEquals(ref, parsed.value(), text);
      assertEquals(new Span(1, text.length() - 1), parsed.span(parsed.value()).orElseThrow());
    });
  }

  // --- robustness ------------------------------------------------------------------------------------------------

  @Test
  void garbageFailsOnlyWithQueryTextExceptions() {
    forAll("garbage", 5000, random -> parseEverywhere(garbage(random)));
  }

  @Test
  void brokenFiltersFailOnlyWithQueryTextExceptions() {
    forAll("broken filters", 5000, random -> {
      List<Integer> choices = choices(random);
      Style style = style(random);
      Edit edit = edit(random);
      FilterPrinter.Parentheses parentheses = choices.size() % 2 == 0
          ? FilterPrinter.Parentheses.MINIMAL
          : FilterPrinter.Parentheses.FULL;
      parseEverywhere(edit.apply(style.printer(parentheses).print(tree(choices))));
    });
  }

  /** Parses as each kind of input: a success has well-formed spans, a failure is a QueryTextException into it. */
  private static void parseEverywhere(String text) {
    try {
      Parsed<Node> parsed = QueryText.filter(text, TestStore.MODEL);
      Optional<String> violation = Trees.spanViolation(parsed, text);
      assertTrue(violation.isEmpty(), () -> text + ": " + violation.get());
    } catch (QueryTextException e) {
      checkError(text, e);
    }
    try {
      QueryText.orderBy(text, TestStore.MODEL);
    } catch (QueryTextException e) {
      checkError(text, e);
    }
    try {
      QueryText.dimension(text, TestStore.MODEL);
    } catch (QueryTextException e) {
      checkError(text, e);
    }
  }

  private static void checkError(String text, QueryTextException e) {
    assertEquals(text, e.input());
    assertTrue(e.span().end() <= text.length(), () -> e.span() + " is outside " + text);
    // A value that engines would not compare alike is rejected with the id the typed API gives it too.
    assertTrue(java.util.stream.Stream.of("[GrainlineFilterSyntax] ", "[GrainlineFilterTooDeep] ",
        "[GrainlineInputTooLarge] ", "[GrainlineValueRange] ").anyMatch(e.getMessage()::startsWith), e.getMessage());
  }

  // --- generators ------------------------------------------------------------------------------------------------

  /** Choices for {@link RandomTrees}: 40 to 400 ints, so that few trees end in the zeros after the list runs out. */
  private static List<Integer> choices(SplittableRandom random) {
    int size = 40 + random.nextInt(361);
    List<Integer> choices = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      choices.add(random.nextInt());
    }
    return choices;
  }

  /** How keywords are cased and which not-equal is used. */
  record Style(String keywordCase, long seed, String notEqual) {
    FilterPrinter printer(FilterPrinter.Parentheses parentheses) {
      Random random = new Random(seed);
      UnaryOperator<String> keyword = switch (keywordCase) {
        case "upper" -> UnaryOperator.identity();
        case "lower" -> word -> word.toLowerCase(Locale.ROOT);
        default -> word -> word.chars()
            .mapToObj(c -> String.valueOf((char) (random.nextBoolean() ? Character.toLowerCase(c) : c)))
            .collect(Collectors.joining());
      };
      return new FilterPrinter(parentheses, keyword, notEqual);
    }
  }

  private static Style style(SplittableRandom random) {
    return new Style(pick(random, List.of("upper", "lower", "mixed")), random.nextLong(),
        pick(random, List.of("<>", "!=")));
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A sort key and whether its defaults (ASC, NULLS LAST) are written out. */
  record SortItem(SortKey key, boolean writeDirection, boolean writeNulls) {
    String print() {
      StringBuilder text = new StringBuilder(FilterPrinter.minimal().print(key.expr()));
      if (key.descending()) {
        text.append(" desc");
      } else if (writeDirection) {
        text.append(" ASC");
      }
      if (key.nullsFirst()) {
        text.append(" nulls FIRST");
      } else if (writeNulls) {
        text.append(" NULLS last");
      }
      return text.toString();
    }
  }

  private static List<SortItem> sortItems(RandomTrees trees, Random random) {
    List<SortItem> items = new ArrayList<>();
    for (int count = 1 + random.nextInt(4); count > 0; count--) {
      Node reference = random.nextInt(3) == 0 ? trees.metric() : trees.attribute();
      items.add(new SortItem(new SortKey(reference, random.nextBoolean(), random.nextBoolean()), random.nextBoolean(),
          random.nextBoolean()));
    }
    return items;
  }

  private static final List<String> TOKENS = List.of(
      "v3.date.year", "v3.total_revenue", "v3.date.week[order]", "x", "v3.", "[order]", "[", "]", "->",
      "AND", "or", "NOT", "IS", "NULL", "in", "BETWEEN", "LIKE", "TRUE", "false", "DATE", "TIMESTAMP", "ASC", "desc",
      "NULLS", "FIRST", "LAST", "(", ")", ",", "=", "<>", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "!", ".",
      "\"", "'", "1", "-1", "2147483648", "99999999999999999999", "1.5", "1e3", "1e999", "1e", "'a'", "'it''s'",
      "'2024-01-01'", "'2024-13-01 10:00'", "'2024-01-01 10:00:00.5'");

  private static final String GRAMMAR_CHARS = "()[]'=<>!-+*/,. _aeE019vNOTAD\t\"";

  /** Random text: any characters (1 part in 7), grammar characters (2), or a soup of tokens (4). */
  private static String garbage(SplittableRandom random) {
    int kind = random.nextInt(7);
    StringBuilder text = new StringBuilder();
    if (kind < 1) {
      for (int n = random.nextInt(41); n > 0; n--) {
        text.append((char) random.nextInt(Character.MAX_VALUE + 1));
      }
    } else if (kind < 3) {
      for (int n = random.nextInt(41); n > 0; n--) {
        text.append(GRAMMAR_CHARS.charAt(random.nextInt(GRAMMAR_CHARS.length())));
      }
    } else {
      String separator = random.nextBoolean() ? " " : "";
      List<String> tokens = new ArrayList<>();
      for (int n = random.nextInt(26); n > 0; n--) {
        tokens.add(pick(random, TOKENS));
      }
      text.append(String.join(separator, tokens));
    }
    return text.toString();
  }

  /** One character deleted, inserted or replaced, somewhere in a text. */
  record Edit(double where, String how, char c) {
    String apply(String text) {
      int at = (int) Math.min(text.length() - 1, Math.floor(where * text.length()));
      return switch (how) {
        case "delete" -> text.substring(0, at) + text.substring(at + 1);
        case "insert" -> text.substring(0, at) + c + text.substring(at);
        default -> text.substring(0, at) + c + text.substring(at + 1);
      };
    }
  }

  private static final String EDIT_CHARS = "()[]'=<>!-+*/,. _e0\"";

  private static Edit edit(SplittableRandom random) {
    return new Edit(random.nextDouble(), pick(random, List.of("delete", "insert", "replace")),
        EDIT_CHARS.charAt(random.nextInt(EDIT_CHARS.length())));
  }
}
