package dev.grainline.examples.spectrum;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TenantKey;

/** An account: Spectrum's tenant. */
@Dimension("spectrum.account")
public final class Account {
  /** The model's tenant: every query is for one account unless it asks for all (spectrum.md §4.4). */
  public static final TenantKey<Integer> TENANT = tenantKey("account_id", Integer.class);
  static final Table A = table("warehouse.dim_accounts").scopedBy(TENANT);

  public static final Attribute<Integer> ACCOUNT_ID = key(A.intCol("account_id"));
  public static final Attribute<String> NAME = attribute(A.textCol("name"));
  public static final Attribute<String> PLAN = attribute(A.textCol("plan"));
  public static final Attribute<String> REGION = attribute(A.textCol("region"));

  private Account() {}
}
