package dev.grainline.internal.model.graph;

import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.LinkDef;
import dev.grainline.internal.model.RolePath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The links between entities, with every simple path (no entity visited twice, at most {@link #MAX_HOPS} links)
 * computed once, so that resolving a dimension reference at query time is a map lookup.
 */
public final class JoinGraph {
  /** Paths longer than this are not followed; real models stay far below it. */
  public static final int MAX_HOPS = 6;

  private static final Comparator<JoinPath> NEAREST_FIRST =
      Comparator.<JoinPath>comparingInt(p -> p.hops().size()).thenComparing(p -> p.rolePath().toString());

  private final Map<String, Map<String, List<JoinPath>>> pathsByFromAndTo = new HashMap<>();
  private final Map<String, List<LinkDef>> outgoing = new HashMap<>();

  public JoinGraph(List<Entity> entities) {
    for (Entity entity : entities) {
      outgoing.put(entity.name(), List.copyOf(entity.links()));
    }
    for (Entity entity : entities) {
      Map<String, List<JoinPath>> byTarget = new LinkedHashMap<>();
      Deque<LinkDef> hops = new ArrayDeque<>();
      Set<String> visited = new HashSet<>();
      visited.add(entity.name());
      walk(entity.name(), entity.name(), outgoing, hops, visited, byTarget);
      byTarget.replaceAll((target, paths) -> paths.stream().sorted(NEAREST_FIRST).toList());
      pathsByFromAndTo.put(entity.name(), byTarget);
    }
  }

  private static void walk(
      String origin,
      String current,
      Map<String, List<LinkDef>> outgoing,
      Deque<LinkDef> hops,
      Set<String> visited,
      Map<String, List<JoinPath>> byTarget) {
    if (hops.size() == MAX_HOPS) {
      return;
    }
    for (LinkDef link : outgoing.getOrDefault(current, List.of())) {
      if (!visited.add(link.toEntity())) {
        continue;
      }
      hops.addLast(link);
      byTarget
          .computeIfAbsent(link.toEntity(), t -> new ArrayList<>())
          .add(new JoinPath(origin, link.toEntity(), new ArrayList<>(hops)));
      walk(origin, link.toEntity(), outgoing, hops, visited, byTarget);
      hops.removeLast();
      visited.remove(link.toEntity());
    }
  }

  /** The links an entity declares, in declaration order. */
  public List<LinkDef> links(String from) {
    return outgoing.getOrDefault(from, List.of());
  }

  /** Every path from one entity to another, nearest first. */
  public List<JoinPath> paths(String from, String to) {
    return pathsByFromAndTo.getOrDefault(from, Map.of()).getOrDefault(to, List.of());
  }

  /** The entities reachable from {@code from} over links, nearest first. */
  public Set<String> reachable(String from) {
    return pathsByFromAndTo.getOrDefault(from, Map.of()).keySet();
  }

  /**
   * Resolves a reference to {@code target}'s attributes from {@code from}. With a role path, the path whose roles
   * are exactly those; without one, the single nearest path (a fact's own link to the date dimension wins over the
   * customer's registration date two links away), and ambiguity when several paths are equally near.
   */
  public PathResolution resolve(String from, String target, Optional<RolePath> rolePath) {
    if (from.equals(target)) {
      if (rolePath.isPresent() && !rolePath.get().isEmpty()) {
        return new PathResolution.NoSuchRole(List.of(JoinPath.local(from)));
      }
      return new PathResolution.Resolved(JoinPath.local(from));
    }
    List<JoinPath> all = paths(from, target);
    if (all.isEmpty()) {
      return new PathResolution.Unreachable();
    }
    if (rolePath.isPresent()) {
      List<JoinPath> matching = all.stream().filter(p -> p.rolePath().equals(rolePath.get())).toList();
      if (matching.isEmpty()) {
        return new PathResolution.NoSuchRole(all);
      }
      if (matching.size() > 1) {
        return new PathResolution.Ambiguous(matching);
      }
      return new PathResolution.Resolved(matching.get(0));
    }
    int nearest = all.get(0).hops().size();
    List<JoinPath> nearestPaths = all.stream().filter(p -> p.hops().size() == nearest).toList();
    if (nearestPaths.size() > 1) {
      return new PathResolution.Ambiguous(all);
    }
    return new PathResolution.Resolved(nearestPaths.get(0));
  }
}
