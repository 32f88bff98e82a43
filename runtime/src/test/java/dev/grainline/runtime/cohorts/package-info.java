/**
 * Members and their activity: cohort offsets ({@code periodsSince}) of every grain from a member's joining date,
 * across year boundaries, and the retention counts built from them.
 */
@SemanticModel(catalog = "CohortCatalog", namespace = "co")
package dev.grainline.runtime.cohorts;

import dev.grainline.dsl.SemanticModel;
