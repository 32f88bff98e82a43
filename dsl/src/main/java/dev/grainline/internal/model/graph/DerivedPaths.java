package dev.grainline.internal.model.graph;

import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.LinkDef;
import dev.grainline.internal.model.expr.Node.EntityAggregate;
import java.util.HashSet;
import java.util.List;

/**
 * The paths over which a derived attribute's fact reaches its dimension: every path from the fact to the dimension
 * (with the roles of {@code via}, if given) whose last link targets the dimension's whole key, since the values of
 * that link's columns are the entity a fact row belongs to. A valid model has exactly one (EntityAttributeRule), which
 * the planner keys the derived attributes' CTE by.
 */
public final class DerivedPaths {
  private DerivedPaths() {}

  public static List<JoinPath> candidates(JoinGraph graph, Entity dimension, EntityAggregate aggregate) {
    List<String> key = dimension.key().stream().map(AttributeDef::name).toList();
    return graph.paths(aggregate.aggregate().entity(), dimension.name()).stream()
        .filter(path -> aggregate.via().isEmpty() || path.rolePath().equals(aggregate.via().get()))
        .filter(path -> targetsKey(path.hops().get(path.hops().size() - 1), key))
        .toList();
  }

  private static boolean targetsKey(LinkDef last, List<String> key) {
    return new HashSet<>(last.toKey()).equals(new HashSet<>(key));
  }
}
