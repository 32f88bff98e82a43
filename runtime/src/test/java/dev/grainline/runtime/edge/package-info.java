/** A model of edge values for runtime tests: decimals, huge integers and doubles, backslashes, a mistyped column. */
@SemanticModel(catalog = "EdgeCatalog", namespace = "edge")
package dev.grainline.runtime.edge;

import dev.grainline.dsl.SemanticModel;
