package dev.grainline.runtime.tenants;

import dev.grainline.runtime.CompiledModel;

/** The tenant model, without the databases its tests load. */
public final class TenantModel {
  public static final CompiledModel MODEL = CompiledModel.ofClasses("TenantCatalog", "mt", Account.class,
      Customer.class, Product.class, Orders.class, Visits.class, TenantMetrics.class);

  private TenantModel() {}
}
