package dev.grainline.runtime.golden;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

@Fact("golden.orders")
public final class Orders {
  static final Table O = table("golden.orders");
  public static final Attribute<Integer> ORDER_ID = key(O.intCol("order_id"));
  public static final Attribute<String> STATUS = attribute(O.textCol("status"));
  static final Column<Double> AMOUNT = O.doubleCol("amount");

  static final Link DAY = link(O.intCol("order_date")).to(Calendar.DATE_ID);
  static final Link PRODUCT = link(O.intCol("product_id")).to(Product.PRODUCT_ID);

  public static final Measure<Double> REVENUE = sum(AMOUNT);
  public static final Measure<Long> ORDER_COUNT = countDistinct(O.intCol("order_id"));

  private Orders() {}
}
