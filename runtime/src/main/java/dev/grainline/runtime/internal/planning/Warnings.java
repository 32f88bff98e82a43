package dev.grainline.runtime.internal.planning;

import dev.grainline.internal.model.query.ResolvedQuery;
import dev.grainline.runtime.internal.plan.GroupNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Grouping through a link that can repeat rows inflates sums and counts: the plan says so. */
final class Warnings {
  private Warnings() {}

  static List<String> of(ResolvedQuery query, List<GroupNode> groups) {
    List<String> warnings = new ArrayList<>();
    for (GroupNode group : groups) {
      for (var entry : query.paths().getOrDefault(group.entity(), Map.of()).entrySet()) {
        for (var link : entry.getValue().hops()) {
          if (link.cardinality().fansOut() && group.components().stream()
              .anyMatch(c -> c.aggregate().function().duplicationSensitive())) {
            warnings.add(entry.getKey() + " is reached through " + link.describe() + ", which is "
                + link.cardinality().display() + ": sums and counts of " + group.entity()
                + " may count rows more than once");
          }
        }
      }
    }
    return warnings.stream().distinct().toList();
  }
}
