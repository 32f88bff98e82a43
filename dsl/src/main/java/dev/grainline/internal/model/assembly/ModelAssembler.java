package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.NamedQueryDef;
import dev.grainline.internal.model.validation.Report;
import java.util.List;
import java.util.Optional;

/**
 * Builds and validates a {@link Model} from the declarations of a model package. The processor runs it at
 * compile time and reports its diagnostics at the declarations; the generated catalog runs it again when the
 * application starts, so the model the runtime plans with is exactly the one javac accepted.
 *
 * <p>Assembly runs in phases, each taking what the ones before produced: naming ({@link Naming}), lowering
 * ({@link Lowering}, which the building phases call on each definition they build), building the entities
 * ({@link EntityBuilding}), building the metrics ({@link MetricBuilding}), validating the sound part with the model
 * rules ({@link Validation}), and resolving the named queries ({@link NamedQueryResolution}). Every phase reports
 * into one {@link Report}; after the metric phase, each works only on what is sound so far ({@link Soundness}).
 */
public final class ModelAssembler {
  private ModelAssembler() {}

  public static Assembly assemble(ModelDeclaration declaration) {
    Declarations declarations = Declarations.of(declaration);
    Report report = new Report();
    Names names = Naming.run(declarations, report);
    Lowering lowering = new Lowering(names, report);
    BuiltEntities entities = EntityBuilding.run(declarations, names, lowering, report);
    List<MetricDef> metrics = MetricBuilding.run(declarations, names, lowering, entities, report);
    Soundness soundness = new Soundness(declarations, names, report);
    Validated validated = Validation.run(declarations, names.tenancy(), entities.entities(), metrics, soundness,
        new MemberValueTypes(names, entities, lowering), report);
    List<NamedQueryDef> queries = NamedQueryResolution.run(declarations, names, lowering, validated, report);
    List<Entity> built = entities.entities();
    if (report.hasErrors()) {
      List<MetricDef> sound = soundness.sound(validated.checked().metrics());
      Model soundPart = new Model(declarations.name(), declarations.namespace(), built, sound, queries,
          names.tenancy());
      return new Assembly(Optional.empty(), soundPart, report.diagnostics());
    }
    Model model = new Model(declarations.name(), declarations.namespace(), built, metrics, queries,
        names.tenancy());
    return new Assembly(Optional.of(model), model, report.diagnostics());
  }

  /** The name of the metric a field declares: {@code TOTAL_REVENUE} in namespace v3 is {@code v3.total_revenue}. */
  public static String metricName(String namespace, String field, Optional<String> declaredName) {
    return Naming.metricName(namespace, field, declaredName);
  }

  /** TOTAL_REVENUE and totalRevenue both become total_revenue. */
  public static String snake(String field) {
    return Naming.snake(field);
  }
}
