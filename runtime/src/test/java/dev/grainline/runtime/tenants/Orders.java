package dev.grainline.runtime.tenants;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import java.time.LocalDate;

/** Orders of an account's customers. */
@Fact("mt.orders")
public final class Orders {
  static final Table O = table("mt.orders").scopedBy(Account.TENANT);

  public static final Attribute<Integer> ORDER_ID = key(O.intCol("order_id"));
  static final Column<Integer> AMOUNT = O.intCol("amount");
  static final Column<LocalDate> ORDERED_ON = O.dateCol("ordered_on");
  public static final Attribute<LocalDate> MONTH = attribute(ORDERED_ON.truncatedTo(TimeGrain.MONTH));

  static final Link ACCOUNT = link(O.intCol("account_id")).to(Account.ACCOUNT_ID);
  static final Link CUSTOMER = link(O.intCol("account_id"), O.intCol("customer_id"))
      .to(Customer.ACCOUNT_ID, Customer.CUSTOMER_ID);
  static final Link PRODUCT = link(O.intCol("product_id")).to(Product.PRODUCT_ID);

  public static final Measure<Long> REVENUE = sum(AMOUNT);
  public static final Measure<Long> ORDER_COUNT = count();
  public static final Measure<Long> PRODUCTS_SOLD = countDistinct(O.intCol("product_id"));
  public static final Measure<Long> BIG_REVENUE = sum(AMOUNT).filter(AMOUNT.gt(50));
  public static final Measure<Long> BIG_PRODUCTS_SOLD = countDistinct(O.intCol("product_id")).filter(AMOUNT.gt(50));
  public static final Measure<Long> BUYERS = countDistinct(CUSTOMER);

  private Orders() {}
}
