package dev.grainline.cli.tenants;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TenantKey;

@Dimension("mt.account")
public final class Account {
  public static final TenantKey<Integer> TENANT = tenantKey("account_id", Integer.class);
  static final Table A = table("mt.accounts").scopedBy(TENANT);

  public static final Attribute<Integer> ACCOUNT_ID = key(A.intCol("account_id"));
  public static final Attribute<String> PLAN = attribute(A.textCol("plan"));

  private Account() {}
}
