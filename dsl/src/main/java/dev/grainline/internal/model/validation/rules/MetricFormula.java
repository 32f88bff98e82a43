package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.assembly.MetricAnnotation;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.graph.JoinGraph;
import java.util.Set;

/**
 * A declared metric's lowered formula, before its type is known, with the annotations of its field and the join
 * graph of the model's entities (which the attributes joined into its aggregates must be reachable in).
 */
public record MetricFormula(String name, Node formula, Set<MetricAnnotation> annotations, Origin origin,
    JoinGraph graph) {}
