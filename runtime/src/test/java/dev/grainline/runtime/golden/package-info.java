/**
 * A model for the golden files of generated SQL: two facts over a calendar table, with every kind of window. It
 * has no data: the goldens render SQL without a database.
 */
@SemanticModel(catalog = "GoldenCatalog", namespace = "golden")
package dev.grainline.runtime.golden;

import dev.grainline.dsl.SemanticModel;
