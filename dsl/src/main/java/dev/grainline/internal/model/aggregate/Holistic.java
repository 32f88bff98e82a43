package dev.grainline.internal.model.aggregate;

import dev.grainline.Aggregability;
import java.util.Optional;

/**
 * A {@link Aggregability#NONE} aggregate: it needs all raw rows of the grain it is computed at (a median, the value
 * at the greatest key), so it is computed from rows, never from partials.
 */
public sealed interface Holistic extends AggFunction permits Percentile, PickBy {
  @Override
  default Aggregability aggregability() {
    return Aggregability.NONE;
  }

  @Override
  default Optional<AggFunction> windowMerge() {
    return Optional.empty();
  }

  @Override
  default boolean eagerlyAggregable() {
    return false;
  }

  @Override
  default String explainAccumulate() {
    return "raw rows";
  }

  @Override
  default String explainMerge() {
    return "none (not decomposable)";
  }
}
