package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.Model;
import java.util.Set;

/**
 * What the validation phase leaves for the named queries: the model the last group of model rules checked (every
 * entity, the metrics sound after the groups before), and the entities broken by then. The last group's own findings
 * (a fan-out warning, a declared type argument that does not read the values) do not change what a query means, so
 * queries resolve over what that group checked.
 */
record Validated(Model checked, Set<String> brokenEntities) {
  Validated {
    brokenEntities = Set.copyOf(brokenEntities);
  }
}
