package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.assembly.ClassDeclaration;
import java.util.List;

/**
 * Every rule of a model's definitions, by the subject it checks, in the order it runs. The model assembler runs each
 * ruleset at its phase: the row rules and the declarations' column types while it builds entities, the metric rules
 * as it lowers each metric, the model rules on the sound part once every metric is built, the named-query rules on
 * each named query before resolving it. A new rule is one class added here.
 */
public final class Rules {
  private Rules() {}

  /** A row-level expression (attribute, link column, join condition, period date) of an entity. */
  public static final Ruleset<RowExpression> ROW = Ruleset.of(List.of(new RowLevelRule()));

  /** What all the fields of the model's classes declare together. */
  public static final Ruleset<List<ClassDeclaration>> DECLARATIONS =
      Ruleset.of(List.of(new ColumnTypeRule(), new TenantScopeRule()));

  /** A link's targets, before the entity phase checks that they are the target dimension's key. */
  public static final Ruleset<LinkTargets> LINK_TARGETS = Ruleset.of(List.of(new TenantJoinRule.Targets()));

  /** A field that declares no metric. */
  public static final Ruleset<AnnotatedMember> NOT_A_METRIC = Ruleset.of(List.of(new MetricAnnotationTargetRule()));

  /**
   * A declared metric's formula: first that it holds no derived attribute's value; then that it aggregates at the
   * right level; then, on a formula that does, what its annotations claim, how its aggregates join other entities'
   * attributes, and whether a distinct count counts part of a composite key (a warning).
   */
  public static final Ruleset<MetricFormula> METRIC = new Ruleset<>(List.of(
      List.of(new EntityAttributeRule.Metrics()),
      List.of(new MetricLevelRule()),
      List.of(new MetricAnnotationRule(), new JoinedAttributeRule(), new PartialKeyRule())));

  /**
   * The sound part of the whole model: first the rules of its entities that decide whether tenants are kept apart
   * (the tenant key, the joins between scoped rows), whose errors leave an entity's metrics out of what follows; then
   * the rules that decide whether a metric can be computed at all (the facts it joins share a dimension, its windows
   * are well formed, its cohort offsets count periods of one calendar); then, on what passed, the rules that only warn or check what a field promises Java code
   * (fan-out, declared type arguments).
   */
  public static final Ruleset<ModelContext> MODEL = new Ruleset<>(List.of(
      List.of(new TenantKeyRule(), new TenantJoinRule()),
      List.of(new SharedDimensionRule(), new WindowRule(), new SnapshotRule(), new CohortOffsetRule(),
          new EntityAttributeRule()),
      List.of(new FanOutRule(), new DeclaredJavaTypeRule())));

  /** A named query, lowered, before it is resolved. */
  public static final Ruleset<NamedQueryDraft> NAMED_QUERY = Ruleset.of(List.of(new ParameterTypeRule()));
}
