package dev.grainline.examples.differential.k10;

import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.assembly.ModelAssembler;
import dev.grainline.internal.model.assembly.ReflectiveDeclarations;

/** The K10 test model: order items with SUM(DISTINCT) metrics, by product category. */
public final class K10Model {
  private K10Model() {}

  public static final Model MODEL = ModelAssembler.assemble(
      ReflectiveDeclarations.of("K10Catalog", "k10", K10Lines.class, K10Product.class)).orThrow();
}
