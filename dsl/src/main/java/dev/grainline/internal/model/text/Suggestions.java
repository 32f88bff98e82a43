package dev.grainline.internal.model.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** "Did you mean" suggestions: the known names nearest to a misspelt one. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * Longer input gets no suggestions: no name is this long (names are capped below it), and the search costs time in
   * proportion to the input's length.
   */
  static final int MAX_INPUT_LENGTH = 256;

  /** The most edits a suggestion may be away, however long the input. */
  static final int MAX_EDITS = 8;

  /** The candidates within a small edit distance of {@code input}, nearest first, at most three. */
  public static List<String> closest(String input, Collection<String> candidates) {
    if (input.length() > MAX_INPUT_LENGTH) {
      return List.of();
    }
    String needle = input.toLowerCase(Locale.ROOT);
    String lastNeedle = needle.substring(needle.lastIndexOf('.') + 1);
    int limit = Math.min(MAX_EDITS, Math.max(2, needle.length() / 3));
    record Scored(String candidate, int distance) {}
    List<Scored> near = new ArrayList<>();
    for (String candidate : new LinkedHashSet<>(candidates)) {
      String lower = candidate.toLowerCase(Locale.ROOT);
      int distance = distance(needle, lower, limit);
      if (distance <= limit || lastSegmentMatches(needle, lastNeedle, lower)) {
        near.add(new Scored(candidate, distance));
      }
    }
    return near.stream()
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
  private static boolean lastSegmentMatches(String needle, String lastNeedle, String candidate) {
    String lastCandidate = candidate.substring(candidate.lastIndexOf('.') + 1);
    return !lastNeedle.isEmpty() && lastNeedle.equals(lastCandidate) && !needle.equals(candidate);
  }

  /**
   * Optimal string alignment distance (insertions, deletions, substitutions and adjacent transpositions), or
   * {@code limit + 1} for any distance above {@code limit}. Only the band of cells within {@code limit} of the
   * diagonal can stay within it, and the search stops at the first row that is all above it: time proportional to
   * {@code limit} times the shorter length, not to the product of the lengths.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int over = limit + 1;
    int[] previous2 = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = Math.min(j, over);
    }
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(b.length(), i + limit);
      current[0] = Math.min(i, over);
      // The cells next to the band, which this row and the next read, are beyond the limit.
      if (from > 1) {
        current[from - 1] = over;
      }
      if (to < b.length()) {
        current[to + 1] = over;
      }
      int best = current[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, previous2[j - 2] + 1);
        }
        current[j] = Math.min(d, over);
        best = Math.min(best, current[j]);
      }
      if (best > limit) {
        return over;
      }
      int[] recycled = previous2;
      previous2 = previous;
      previous = current;
      current = recycled;
    }
    return previous[b.length()];
  }
}
