package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.Tenancy;
import dev.grainline.internal.model.assembly.Lowering.AttributeName;
import dev.grainline.internal.model.expr.Node;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What naming found: the name of each declared attribute and metric (by declaration object, so every use of one is
 * found however it was reached), the metrics by the field declaring them and where each is declared, the class and
 * the (not yet lowered) source of each entity, the entities reading each table, the field of each link by its entity
 * and (not yet lowered) from-columns, and the model's tenancy.
 */
record Names(
    Map<AttributeDecl, AttributeName> attributes,
    Map<MetricDeclaration, String> metrics,
    Map<FieldRef, String> metricsByField,
    Map<String, Origin> metricOrigins,
    Map<String, ClassDeclaration> entityClasses,
    Map<String, EntitySource> sources,
    Map<TableRef, Set<String>> tableOwners,
    Map<String, Map<List<Node>, String>> linkFields,
    Optional<Tenancy> tenancy) {
  Names {
    attributes = Collections.unmodifiableMap(new IdentityHashMap<>(attributes));
    metrics = Collections.unmodifiableMap(new IdentityHashMap<>(metrics));
    metricsByField = Map.copyOf(metricsByField);
    metricOrigins = Collections.unmodifiableMap(new LinkedHashMap<>(metricOrigins));
    entityClasses = Collections.unmodifiableMap(new LinkedHashMap<>(entityClasses));
    sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    tableOwners = Map.copyOf(tableOwners);
    linkFields = linkFields.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
        Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
    java.util.Objects.requireNonNull(tenancy, "tenancy");
  }

  /** The origin of the field that names {@code metric}, if this declaration is the one naming it there. */
  boolean namesMetricAt(MetricDeclaration metric, Origin origin) {
    String name = metrics.get(metric);
    return name != null && metricOrigins.get(name).equals(origin);
  }
}
