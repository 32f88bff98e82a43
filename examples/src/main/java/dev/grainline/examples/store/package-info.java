/**
 * The reference implementation's test model ("BUILD_V3"): orders and page views over customers, products, dates and
 * locations, in schema {@code v3}.
 */
@SemanticModel(catalog = "StoreCatalog", namespace = "v3")
package dev.grainline.examples.store;

import dev.grainline.dsl.SemanticModel;
