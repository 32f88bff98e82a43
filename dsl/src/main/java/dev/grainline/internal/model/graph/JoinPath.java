package dev.grainline.internal.model.graph;

import dev.grainline.internal.model.LinkDef;
import dev.grainline.internal.model.RolePath;
import java.util.List;
import java.util.stream.Collectors;

/** A chain of links from an entity to a dimension; empty for an entity's own attributes. */
public record JoinPath(String from, String to, List<LinkDef> hops) {
  public JoinPath {
    hops = List.copyOf(hops);
  }

  public static JoinPath local(String entity) {
    return new JoinPath(entity, entity, List.of());
  }

  public boolean isLocal() {
    return hops.isEmpty();
  }

  /** The roles of the hops, skipping role-less links. */
  public RolePath rolePath() {
    return new RolePath(hops.stream().flatMap(h -> h.role().stream()).toList());
  }

  /** The path as a message shows it: "v3.order_details -[customer]-> v3.customer -[home]-> v3.location". */
  public String describe() {
    if (hops.isEmpty()) {
      return from;
    }
    return from
        + hops.stream()
            .map(h -> " -" + h.role().map(r -> "[" + r + "]").orElse("") + "-> " + h.toEntity())
            .collect(Collectors.joining());
  }
}
