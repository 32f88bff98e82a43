/** A small model run on all three engines, Trino too: marks at timestamps, for truncation at a period's edge. */
@SemanticModel(catalog = "MarksCatalog", namespace = "marks")
package dev.grainline.runtime.marks;

import dev.grainline.dsl.SemanticModel;
