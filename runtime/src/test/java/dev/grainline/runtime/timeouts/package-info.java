/**
 * A model for the timeout tests: many small rows (a result large enough to stall in the middle of) and a view that
 * never finishes in reasonable time (a sleep on PostgreSQL, a huge cross join on DuckDB).
 */
@SemanticModel(catalog = "TimeoutCatalog", namespace = "tm")
package dev.grainline.runtime.timeouts;

import dev.grainline.dsl.SemanticModel;
