package dev.grainline.runtime.golden;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;

@Dimension("golden.product")
public final class Product {
  static final Table P = table("golden.products");
  public static final Attribute<Integer> PRODUCT_ID = key(P.intCol("product_id"));
  public static final Attribute<String> CATEGORY = attribute(P.textCol("category"));

  private Product() {}
}
