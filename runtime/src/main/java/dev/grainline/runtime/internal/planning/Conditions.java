package dev.grainline.runtime.internal.planning;

import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.query.ResolvedQuery;
import dev.grainline.internal.model.query.WindowUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The conjuncts of the query's filter, and for each fact the ones (by index) that a window of it reads past: those
 * are applied by the groups that show rows, not by the scan.
 */
record Conditions(List<Node> all, Map<String, Set<Integer>> readPast) {
  static Conditions of(ResolvedQuery query) {
    List<Node> conditions = query.spec().where().map(WindowUse::conditions).orElse(List.of());
    Map<String, Set<Integer>> readPast = new HashMap<>();
    for (WindowUse use : query.windows()) {
      use.facts().forEach(f -> readPast.computeIfAbsent(f, x -> new HashSet<>()).addAll(use.calendarConditions()));
    }
    return new Conditions(conditions, readPast);
  }

  Set<Integer> readPast(String fact) {
    return readPast.getOrDefault(fact, Set.of());
  }

  /** The conditions whose index passes, AND-ed. */
  Optional<Node> conjunction(IntPredicate include) {
    List<Node> kept = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (include.test(i)) {
        kept.add(all.get(i));
      }
    }
    return kept.isEmpty() ? Optional.empty() : Optional.of(kept.size() == 1 ? kept.get(0) : new Node.And(kept));
  }
}
