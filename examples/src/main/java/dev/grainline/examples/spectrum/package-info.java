/**
 * Spectrum (spectrum.md §2): a multi-tenant product-analytics model over events with JSON properties, users keyed
 * by (account, user), a shared event-type dimension, experiment exposures, and weekly retention built from a
 * derived first-seen week and cohort offsets. Every query is for one account ({@code forTenant}) unless it asks
 * for all ({@code allTenants}).
 */
@SemanticModel(catalog = "SpectrumCatalog", namespace = "spectrum")
package dev.grainline.examples.spectrum;

import dev.grainline.dsl.SemanticModel;
