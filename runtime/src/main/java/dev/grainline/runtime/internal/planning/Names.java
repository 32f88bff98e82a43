package dev.grainline.runtime.internal.planning;

import java.util.HashSet;
import java.util.Set;

/**
 * The names one query's plan hands out, each unique in its namespace: column aliases of the result (dimensions,
 * hidden periods, metrics) and names of CTEs (grain groups, windows, partials). Handed from planner to planner in
 * the order the plan is built, so that names are the same for the same query.
 */
final class Names {
  private final Set<String> aliases = new HashSet<>();
  private final Set<String> ctes = new HashSet<>();

  /** A column alias, {@code wanted} or, when taken, {@code wanted_2}, {@code wanted_3}... */
  String alias(String wanted) {
    return unique(aliases, wanted);
  }

  /** A CTE name, {@code wanted} or, when taken, {@code wanted_2}, {@code wanted_3}... */
  String cte(String wanted) {
    return unique(ctes, wanted);
  }

  private static String unique(Set<String> used, String wanted) {
    String candidate = wanted;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = wanted + "_" + n;
    }
    return candidate;
  }
}
