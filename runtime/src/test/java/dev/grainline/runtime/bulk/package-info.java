/** A one-fact model whose results can be as large as its table: a line per key, for streaming and paging tests. */
@SemanticModel(catalog = "BulkCatalog", namespace = "bulk")
package dev.grainline.runtime.bulk;

import dev.grainline.dsl.SemanticModel;
