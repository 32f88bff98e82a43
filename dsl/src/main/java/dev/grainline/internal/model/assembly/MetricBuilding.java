package dev.grainline.internal.model.assembly;

import dev.grainline.SqlType;
import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.assembly.MetricCycles.Draft;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.graph.JoinGraph;
import dev.grainline.internal.model.validation.Report;
import dev.grainline.internal.model.validation.TypeChecker;
import dev.grainline.internal.model.validation.rules.MetricFormula;
import dev.grainline.internal.model.validation.rules.Rules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metric phase: lowers each declared metric and checks it with the metric rules, finds the cycles of metric
 * references, and types the metrics in dependency order. A metric that does not type (its formula or an input has an
 * error) is left out; one with an error that still types is kept, and the soundness check leaves it out later.
 */
final class MetricBuilding {
  private final Declarations declarations;
  private final Names names;
  private final Lowering lowering;
  private final BuiltEntities entities;
  private final Report report;

  private MetricBuilding(Declarations declarations, Names names, Lowering lowering, BuiltEntities entities,
      Report report) {
    this.declarations = declarations;
    this.names = names;
    this.lowering = lowering;
    this.entities = entities;
    this.report = report;
  }

  static List<MetricDef> run(Declarations declarations, Names names, Lowering lowering, BuiltEntities entities,
      Report report) {
    return new MetricBuilding(declarations, names, lowering, entities, report).build();
  }

  private List<MetricDef> build() {
    JoinGraph graph = entities.graph();
    Map<String, Draft> drafts = new LinkedHashMap<>();
    Map<String, MemberDeclaration> members = new HashMap<>();
    for (ClassDeclaration type : declarations.classes()) {
      Optional<String> declaringEntity =
          type.kind() == ClassKind.METRICS ? Optional.empty() : Optional.of(type.entityName());
      for (MemberDeclaration member : type.members()) {
        Origin origin = new Origin(type.className(), member.field());
        if (!(member.declared() instanceof Declared.Metric declaredMetric)
            || !names.namesMetricAt(declaredMetric.metric(), origin)) {
          continue;
        }
        MetricDeclaration metric = declaredMetric.metric();
        String name = names.metrics().get(metric);
        int errors = report.errorCount();
        Node formula = lowering.metric(metric.definition(), declaringEntity, origin);
        if (report.errorCount() == errors) {
          Rules.METRIC.check(new MetricFormula(name, formula, member.annotations(), origin, graph), report);
        }
        drafts.put(name, new Draft(name, formula, origin));
        members.put(name, member);
      }
    }
    Set<String> broken = MetricCycles.find(report, drafts);

    // Type the metrics in dependency order; a metric whose inputs failed gets no type and no second error.
    Map<String, SqlType> types = new HashMap<>();
    TypeChecker.Scope scope = new TypeChecker.Scope(name -> Optional.ofNullable(types.get(name)),
        ref -> entities.attribute(ref.attributeName()).map(AttributeDef::type));
    Set<String> visiting = new HashSet<>();
    for (String name : drafts.keySet()) {
      typeMetric(name, drafts, broken, types, visiting, scope);
    }
    List<MetricDef> metrics = new ArrayList<>();
    for (Draft draft : drafts.values()) {
      SqlType type = types.get(draft.name());
      if (type != null) {
        metrics.add(new MetricDef(draft.name(), draft.formula(), type, members.get(draft.name()).metadata(),
            draft.origin()));
      }
    }
    return metrics;
  }

  private void typeMetric(String name, Map<String, Draft> drafts, Set<String> broken, Map<String, SqlType> types,
      Set<String> visiting, TypeChecker.Scope scope) {
    if (types.containsKey(name) || broken.contains(name) || !drafts.containsKey(name) || !visiting.add(name)) {
      return;
    }
    Draft draft = drafts.get(name);
    for (Node.MetricUse ref : Nodes.collect(draft.formula(), Node.MetricUse.class)) {
      typeMetric(ref.name(), drafts, broken, types, visiting, scope);
    }
    boolean inputsTyped = Nodes.collect(draft.formula(), Node.MetricUse.class).stream()
        .allMatch(r -> types.containsKey(r.name()));
    // An aggregate lowering could not place is reported already; typing the formula would only add to that.
    if (inputsTyped && Nodes.collect(draft.formula(), Node.DslAggregate.class).isEmpty()) {
      new TypeChecker(scope, (node, message, args) -> report.add(message, draft.origin(), node, args))
          .typeOf(draft.formula())
          .ifPresent(type -> types.put(name, type));
    }
  }
}
