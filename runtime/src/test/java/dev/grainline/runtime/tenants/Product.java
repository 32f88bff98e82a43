package dev.grainline.runtime.tenants;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;

/** Products every account sells: a shared table, read whole by every tenant. */
@Dimension("mt.product")
public final class Product {
  static final Table P = table("mt.products").shared();

  public static final Attribute<Integer> PRODUCT_ID = key(P.intCol("product_id"));
  public static final Attribute<String> CATEGORY = attribute(P.textCol("category"));

  private Product() {}
}
