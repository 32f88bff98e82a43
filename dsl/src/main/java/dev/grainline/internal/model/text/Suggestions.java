package dev.grainline.internal.model.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" suggestions: the known names nearest to a misspelt one. */
public final class Suggestions {
  private Suggestions() {}

  /** The candidates within a small edit distance of {@code input}, nearest first, at most three. */
  public static List<String> closest(String input, Collection<String> candidates) {
    String needle = input.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, needle.length() / 3);
    record Scored(String candidate, int distance) {}
    return candidates.stream()
        .distinct()
        .map(c -> new Scored(c, distance(needle, c.toLowerCase(Locale.ROOT))))
        .filter(s -> s.distance() <= limit || lastSegmentMatches(needle, s.candidate()))
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
        .limit(3)
        .map(Scored::candidate)
        .toList();
  }

  /** "; did you mean a?" / "; did you mean a or b?", or "" when nothing is near. */
  public static String didYouMean(String input, Collection<String> candidates) {
    List<String> near = closest(input, candidates);
    return near.isEmpty() ? "" : "; did you mean " + orList(near) + "?";
  }

  /** "a", "a or b", "a, b or c". */
  public static String orList(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
  }

  /** "category" typed for "v3.product.category": the same last segment is a good guess however far the rest is. */
  private static boolean lastSegmentMatches(String needle, String candidate) {
    String lastNeedle = needle.substring(needle.lastIndexOf('.') + 1);
    String lastCandidate = candidate.toLowerCase(Locale.ROOT).substring(candidate.lastIndexOf('.') + 1);
    return !lastNeedle.isEmpty() && lastNeedle.equals(lastCandidate) && !needle.equals(candidate);
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
  static int distance(String a, String b) {
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
}
