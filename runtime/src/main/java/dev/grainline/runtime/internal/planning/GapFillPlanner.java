package dev.grainline.runtime.internal.planning;

import dev.grainline.SqlType;
import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.TimePeriod;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.query.GapFill;
import dev.grainline.internal.model.query.QueryResolver;
import dev.grainline.internal.model.query.ResolvedQuery;
import dev.grainline.internal.model.query.TenantScope;
import dev.grainline.internal.model.query.WindowUse;
import dev.grainline.internal.model.time.Calendars;
import dev.grainline.runtime.internal.plan.Combine;
import dev.grainline.runtime.internal.plan.DimensionColumn;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import dev.grainline.runtime.internal.plan.TenantRestriction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The spine of a gap-filled query: the finest requested time attribute's periods, with the requested attributes of
 * the same calendar and the hidden periods computed from them; every other key column comes from the rows.
 */
final class GapFillPlanner {
  private GapFillPlanner() {}

  static dev.grainline.runtime.internal.plan.GapFill plan(Model model, ResolvedQuery query, GapFill fill, Keys keys,
      Collection<PlannedComponent> components, Combine rows) {
    AttributeRef filled = QueryResolver.fillAttribute(model, query.spec()).orElseThrow();
    AttributeDef filledDef = model.attribute(filled.attributeName()).orElseThrow();
    TimePeriod period = filledDef.period().orElseThrow();
    Entity owner = model.entity(filledDef.entity()).orElseThrow();
    boolean calendar = Calendars.isCalendar(model, owner.name());
    // Over a calendar table its own expressions apply; over a generated series, the series replaces the date.
    Node seriesDate = ColumnRef.derived(dev.grainline.runtime.internal.plan.GapFill.SERIES, "d", SqlType.DATE);
    UnaryOperator<Node> onSpine = calendar ? e -> e
        : e -> Nodes.rewrite(e, node -> node.equals(period.date()) ? Optional.of(seriesDate) : Optional.empty());
    // The same calendar as the filled attribute for every fact, by the paths the query resolved, as windows decide.
    Predicate<AttributeRef> onCalendar = ref -> query.entities().stream().allMatch(fact ->
        Calendars.sameCalendar(model, ref, query.path(fact, ref), filled, query.path(fact, filled)));
    List<DimensionColumn> columns = new ArrayList<>();
    List<String> others = new ArrayList<>();
    keys.dimensionAliases().forEach((ref, alias) -> {
      if (onCalendar.test(ref)) {
        AttributeDef def = model.attribute(ref.attributeName()).orElseThrow();
        columns.add(new DimensionColumn(alias, ref, onSpine.apply(def.expr()), query.dimensionTypes().get(ref)));
      } else {
        others.add(alias);
      }
    });
    keys.periodAliases().forEach((key, alias) -> {
      if (onCalendar.test(key.rowTime())) {
        columns.add(new DimensionColumn(alias, key.rowTime(), onSpine.apply(key.period(model, e -> e)),
            SqlType.DATE));
      } else {
        others.add(alias);
      }
    });
    // The query's conditions on the same calendar hold for added periods too: a filtered-out period is not a gap.
    List<Node> onSpineConditions = new ArrayList<>();
    for (Node condition : query.spec().where().map(WindowUse::conditions).orElse(List.of())) {
      List<AttributeRef> refs = Nodes.collect(condition, AttributeRef.class);
      if (!refs.isEmpty() && refs.stream().allMatch(onCalendar)) {
        onSpineConditions.add(Nodes.rewrite(condition, node -> node instanceof AttributeRef ref
            ? Optional.of(onSpine.apply(model.attribute(ref.attributeName()).orElseThrow().expr()))
            : Optional.empty()));
      }
    }
    // A tenant-scoped calendar's periods are the query's tenant's only, like every other read of its tables.
    if (calendar && query.spec().tenant() instanceof TenantScope.One one) {
      model.tenancy().flatMap(t -> t.column(owner.source().from()))
          .ifPresent(column -> onSpineConditions.add(new TenantRestriction(column, one.value()).condition()));
    }
    Optional<Node> spineFilter = onSpineConditions.isEmpty() ? Optional.empty()
        : Optional.of(onSpineConditions.size() == 1 ? onSpineConditions.get(0) : new Node.And(onSpineConditions));
    List<String> zeroFilled = components.stream()
        .filter(c -> c.aggregate().function().zeroOnGap())
        .map(PlannedComponent::alias).sorted().toList();
    return new dev.grainline.runtime.internal.plan.GapFill(rows,
        calendar ? Optional.of(owner.source().from()) : Optional.empty(), period.grain(),
        calendar ? period.date() : seriesDate, columns, spineFilter, others, fill.from(), fill.to(), zeroFilled);
  }
}
