/** A small model for relative dates: events on every day around the present, and measures relative to today(). */
@SemanticModel(catalog = "RecentCatalog", namespace = "recent")
package dev.grainline.runtime.recent;

import dev.grainline.dsl.SemanticModel;
