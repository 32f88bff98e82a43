/** A model whose rows belong to accounts: the command line's {@code --tenant}. */
@SemanticModel(catalog = "TenantsCatalog", namespace = "mt")
package dev.grainline.cli.tenants;

import dev.grainline.dsl.SemanticModel;
