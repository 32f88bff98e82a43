package dev.grainline.examples.differential.k10;

import dev.grainline.runtime.CompiledModel;

/** The K10 test model: order items with SUM(DISTINCT) metrics, by product category. */
public final class K10Model {
  private K10Model() {}

  public static final CompiledModel MODEL =
      CompiledModel.ofClasses("K10Catalog", "k10", K10Lines.class, K10Product.class);
}
