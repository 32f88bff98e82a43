package dev.grainline.internal.model;

import dev.grainline.internal.model.graph.JoinGraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated semantic model: entities (facts and dimensions) with their attributes and links, metrics, and named
 * queries. Built by the model assembler from annotated classes, at compile time by the processor and at run time by
 * the generated catalog, with the same rules both times.
 */
public final class Model {
  private final String name;
  private final String namespace;
  private final Map<String, Entity> entities;
  private final Map<String, MetricDef> metrics;
  private final Map<String, NamedQueryDef> queries;
  private final Map<String, AttributeDef> attributes;
  private final JoinGraph graph;
  private final Map<String, java.util.Set<String>> metricEntities;
  private final Optional<Tenancy> tenancy;

  public Model(String name, String namespace, List<Entity> entities, List<MetricDef> metrics,
      List<NamedQueryDef> queries, Optional<Tenancy> tenancy) {
    this.name = Objects.requireNonNull(name, "name");
    this.namespace = Objects.requireNonNull(namespace, "namespace");
    this.tenancy = Objects.requireNonNull(tenancy, "tenancy");
    this.entities = index(entities, Entity::name);
    this.metrics = index(metrics, MetricDef::name);
    this.queries = index(queries, NamedQueryDef::name);
    Map<String, AttributeDef> byName = new LinkedHashMap<>();
    entities.forEach(e -> e.attributes().forEach(a -> byName.putIfAbsent(a.qualifiedName(), a)));
    this.attributes = java.util.Collections.unmodifiableMap(byName);
    this.graph = new JoinGraph(entities);
    Map<String, java.util.Set<String>> byMetric = new LinkedHashMap<>();
    metrics.forEach(m -> entitiesOf(m.name(), byMetric, new java.util.HashSet<>()));
    this.metricEntities = java.util.Collections.unmodifiableMap(byMetric);
  }

  private java.util.Set<String> entitiesOf(
      String metricName, Map<String, java.util.Set<String>> memo, java.util.Set<String> visiting) {
    java.util.Set<String> known = memo.get(metricName);
    if (known != null) {
      return known;
    }
    MetricDef metric = this.metrics.get(metricName);
    if (metric == null || !visiting.add(metricName)) {
      return java.util.Set.of();
    }
    java.util.Set<String> found = new java.util.TreeSet<>();
    dev.grainline.internal.model.expr.Nodes.walk(metric.formula(), e -> {
      if (e instanceof dev.grainline.internal.model.expr.Node.Aggregate a) {
        found.add(a.entity());
      } else if (e instanceof dev.grainline.internal.model.expr.Node.MetricUse r) {
        found.addAll(entitiesOf(r.name(), memo, visiting));
      }
    });
    java.util.Set<String> result = java.util.Collections.unmodifiableSet(found);
    memo.put(metricName, result);
    return result;
  }

  private static <T> Map<String, T> index(List<T> values, java.util.function.Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    values.forEach(v -> map.putIfAbsent(key.apply(v), v));
    return java.util.Collections.unmodifiableMap(map);
  }

  /** The model's name, which is also its catalog's name ("StoreCatalog"). */
  public String name() {
    return name;
  }

  /** The prefix of metric names ("v3"); empty when metrics have plain names. */
  public String namespace() {
    return namespace;
  }

  public List<Entity> entities() {
    return List.copyOf(entities.values());
  }

  public List<MetricDef> metrics() {
    return List.copyOf(metrics.values());
  }

  public List<NamedQueryDef> queries() {
    return List.copyOf(queries.values());
  }

  /** All attributes of all entities, by qualified name ("v3.product.category"). */
  public Map<String, AttributeDef> attributes() {
    return attributes;
  }

  public Optional<Entity> entity(String entityName) {
    return Optional.ofNullable(entities.get(entityName));
  }

  public Optional<MetricDef> metric(String metricName) {
    return Optional.ofNullable(metrics.get(metricName));
  }

  public Optional<NamedQueryDef> query(String queryName) {
    return Optional.ofNullable(queries.get(queryName));
  }

  /** The attribute with this qualified name, without role path ("v3.date.week"). */
  public Optional<AttributeDef> attribute(String qualifiedName) {
    return Optional.ofNullable(attributes.get(qualifiedName));
  }

  /** The entities whose rows a metric aggregates, through the metrics it uses; sorted by name. */
  public java.util.Set<String> entitiesOf(String metricName) {
    return metricEntities.getOrDefault(metricName, java.util.Set.of());
  }

  /** The model's tenant key and the scope of its tables; empty for a model without a tenant key. */
  public Optional<Tenancy> tenancy() {
    return tenancy;
  }

  public JoinGraph graph() {
    return graph;
  }

  @Override
  public String toString() {
    return "Model[" + name + ": " + entities.size() + " entities, " + metrics.size() + " metrics]";
  }
}
