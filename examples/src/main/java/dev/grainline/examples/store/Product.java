package dev.grainline.examples.store;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Describe;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;

/** Products and their categories. */
@Dimension("v3.product")
@Describe("Products.")
public final class Product {
  static final Table P = table("v3.products");

  public static final Attribute<Integer> PRODUCT_ID = key(P.intCol("product_id"));
  public static final Attribute<String> NAME = attribute(P.textCol("name"));
  public static final Attribute<String> CATEGORY = attribute(P.textCol("category"));
  public static final Attribute<String> SUBCATEGORY = attribute(P.textCol("subcategory"));
  public static final Attribute<Double> PRICE = attribute(P.doubleCol("price"));

  private Product() {}
}
