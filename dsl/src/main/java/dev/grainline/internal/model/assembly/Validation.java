package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.Tenancy;
import dev.grainline.internal.model.validation.Report;
import dev.grainline.internal.model.validation.rules.ModelContext;
import dev.grainline.internal.model.validation.rules.Rule;
import dev.grainline.internal.model.validation.rules.Rules;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The validation phase: runs the model rules ({@link Rules#MODEL}) group by group, each group on the metrics sound
 * after the groups before it.
 */
final class Validation {
  private Validation() {}

  static Validated run(Declarations declarations, Optional<Tenancy> tenancy, List<Entity> entities,
      List<MetricDef> metrics,
      Soundness soundness, ModelContext.MemberTypes memberTypes, Report report) {
    List<MetricDef> sound = metrics;
    Model checked = model(declarations, tenancy, entities, sound);
    Set<String> brokenEntities = Set.of();
    for (List<Rule<ModelContext>> group : Rules.MODEL.groups()) {
      sound = soundness.sound(sound);
      brokenEntities = soundness.brokenEntities();
      checked = model(declarations, tenancy, entities, sound);
      ModelContext context = new ModelContext(checked, declarations.classes(), memberTypes);
      group.forEach(rule -> rule.check(context, report));
    }
    return new Validated(checked, brokenEntities);
  }

  static Model model(Declarations declarations, Optional<Tenancy> tenancy, List<Entity> entities,
      List<MetricDef> metrics) {
    return new Model(declarations.name(), declarations.namespace(), entities, metrics, List.of(), tenancy);
  }
}
