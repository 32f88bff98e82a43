/** A small model for runtime tests: sales and visits over days and regions. */
@SemanticModel(catalog = "ShopCatalog", namespace = "shop")
package dev.grainline.runtime.shop;

import dev.grainline.dsl.SemanticModel;
