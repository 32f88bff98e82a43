/** Documents with JSON properties, read through typed paths (issue 11, spectrum.md §6). */
@SemanticModel(catalog = "JsonCatalog", namespace = "json")
package dev.grainline.runtime.json;

import dev.grainline.dsl.SemanticModel;
