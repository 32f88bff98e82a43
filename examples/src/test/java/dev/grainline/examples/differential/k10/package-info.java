/** A test-only model over the store's order items with SUM(DISTINCT) metrics, for the reference's K10. */
@SemanticModel(catalog = "K10Catalog", namespace = "k10")
package dev.grainline.examples.differential.k10;

import dev.grainline.dsl.SemanticModel;
