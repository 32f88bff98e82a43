package dev.grainline.internal.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** "Did you mean": the bounded search finds what the full one finds, and long input costs nothing. */
class SuggestionsTest {
  /** The full-matrix optimal string alignment distance, as the bounded one computed it before. */
  private static int fullDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String randomWord(Random random) {
    StringBuilder word = new StringBuilder();
    int length = random.nextInt(14);
    for (int i = 0; i < length; i++) {
      word.append("abc._".charAt(random.nextInt(5)));
    }
    return word.toString();
  }

  @Test
  void theBandedDistanceIsTheFullDistanceUpToItsLimit() {
    Random random = new Random(8);
    for (int n = 0; n < 20_000; n++) {
      String a = randomWord(random);
      String b = random.nextBoolean() ? randomWord(random) : mutate(a, random);
      int limit = random.nextInt(6);
      int full = fullDistance(a, b);
      assertEquals(Math.min(full, limit + 1), Suggestions.distance(a, b, limit), () -> a + " / " + b + " / " + limit);
    }
  }

  private static String mutate(String word, Random random) {
    StringBuilder mutated = new StringBuilder(word);
    for (int edits = random.nextInt(4); edits > 0 && !mutated.isEmpty(); edits--) {
      int at = random.nextInt(mutated.length());
      switch (random.nextInt(4)) {
        case 0 -> mutated.deleteCharAt(at);
        case 1 -> mutated.insert(at, 'x');
        case 2 -> mutated.setCharAt(at, 'y');
        default -> {
          if (at + 1 < mutated.length()) {
            char c = mutated.charAt(at);
            mutated.setCharAt(at, mutated.charAt(at + 1));
            mutated.setCharAt(at + 1, c);
          }
        }
      }
    }
    return mutated.toString();
  }

  @Test
  void namesAreSuggestedAsBefore() {
    List<String> names = List.of("v3.total_revenue", "v3.order_count", "v3.product.category", "shop.date.week",
        "shop.date.month");
    assertEquals(List.of("v3.total_revenue"), Suggestions.closest("v3.totl_revenu", names));
    assertEquals(List.of("v3.product.category"), Suggestions.closest("category", names));
    assertEquals(List.of("shop.date.week"), Suggestions.closest("shop.date.day_of_week", names));
    assertEquals(List.of(), Suggestions.closest("v3.margin", names));
  }

  @Test
  void inputLongerThanAnyNameGetsNoSuggestion() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      names.add("v3.metric_" + i);
    }
    assertEquals(List.of(), Suggestions.closest("v3.metric_1" + "x".repeat(1_000_000), names));
    // At the bound the search still runs: a name with one character missing is found.
    List<String> longName = List.of("v3." + "m".repeat(Suggestions.MAX_INPUT_LENGTH - 3));
    assertEquals(longName, Suggestions.closest("v3." + "m".repeat(Suggestions.MAX_INPUT_LENGTH - 4), longName));
    assertEquals(List.of(), Suggestions.closest("v3." + "m".repeat(Suggestions.MAX_INPUT_LENGTH - 2) + "x", longName));
  }
}
