package dev.grainline.runtime.internal.planning;

import dev.grainline.SqlType;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.query.ResolvedQuery;
import dev.grainline.internal.model.query.WindowUse;
import dev.grainline.runtime.internal.plan.DimensionOutput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key columns of a query's rows, each under one alias that every grain group shares so they can be joined: the
 * requested dimensions, then the hidden periods of its windows (the period of each window's time attribute that a
 * row belongs to, or, on rows coarser than the window's periods, the last such period).
 */
record Keys(Map<AttributeRef, String> dimensionAliases, List<DimensionOutput> dimensions,
    Map<PeriodKey, String> periodAliases, List<DimensionOutput> periods) {
  static Keys of(ResolvedQuery query, Names names) {
    Map<AttributeRef, String> dimensionAliases = new LinkedHashMap<>();
    List<DimensionOutput> dimensions = new ArrayList<>();
    for (AttributeRef ref : query.spec().dimensions()) {
      String alias = names.alias(ref.attribute()
          + ref.rolePath().map(p -> p.isEmpty() ? "" : "_" + String.join("_", p.roles())).orElse(""));
      dimensionAliases.put(ref, alias);
      dimensions.add(new DimensionOutput(alias, ref.toString(), query.dimensionTypes().get(ref)));
    }
    Map<PeriodKey, String> periodAliases = new LinkedHashMap<>();
    List<DimensionOutput> periods = new ArrayList<>();
    for (WindowUse use : query.windows()) {
      PeriodKey key = PeriodKey.of(use);
      if (!periodAliases.containsKey(key)) {
        String alias = names.alias(use.axisGrain().sqlName() + "_of_" + dimensionAliases.get(use.rowTime()));
        periodAliases.put(key, alias);
        periods.add(new DimensionOutput(alias, use.axisGrain().sqlName() + " of " + use.rowTime(), SqlType.DATE));
      }
    }
    return new Keys(dimensionAliases, dimensions, periodAliases, periods);
  }

  /** The dimensions, then the periods. */
  List<DimensionOutput> all() {
    List<DimensionOutput> all = new ArrayList<>(dimensions);
    all.addAll(periods);
    return all;
  }
}
