/** Events at instants (timestamptz), read as UTC wall-clock times whatever the JDBC session's time zone. */
@SemanticModel(catalog = "InstantsCatalog", namespace = "instants")
package dev.grainline.runtime.instants;

import dev.grainline.dsl.SemanticModel;
