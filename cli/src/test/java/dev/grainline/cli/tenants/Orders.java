package dev.grainline.cli.tenants;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

@Fact("mt.orders")
public final class Orders {
  static final Table O = table("mt.orders").scopedBy(Account.TENANT);

  public static final Attribute<Integer> ORDER_ID = key(O.intCol("order_id"));

  static final Link ACCOUNT = link(O.intCol("account_id")).to(Account.ACCOUNT_ID);

  public static final Measure<Long> ORDER_COUNT = count();

  private Orders() {}
}
