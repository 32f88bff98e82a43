/** A small model for the time-series tests: clicks with a timestamp, windows over its truncated days and weeks. */
@SemanticModel(catalog = "ClicksCatalog", namespace = "clicks")
package dev.grainline.runtime.clicks;

import dev.grainline.dsl.SemanticModel;
