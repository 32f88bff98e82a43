package dev.grainline.examples.differential.k10;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;

/** The store's products, as the K10 test model's dimension. */
@Dimension("k10.product")
public final class K10Product {
  static final Table P = table("v3.products");

  public static final Attribute<Integer> PRODUCT_ID = key(P.intCol("product_id"));
  public static final Attribute<String> CATEGORY = attribute(P.textCol("category"));

  private K10Product() {}
}
