package dev.grainline.runtime.tenants;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Metrics;
import dev.grainline.dsl.NamedQuery;

/** A window and a named query of the tenant model: both read a bound layer's tenant only, like any query. */
@Metrics
public final class TenantMetrics {
  /** This month's and last month's revenue. */
  public static final Metric<Long> REVENUE_2M = trailing(Orders.REVENUE, 2, MONTHS).over(Orders.MONTH);

  public static final NamedQuery REVENUE_BY_COUNTRY = query(Orders.REVENUE).by(Customer.COUNTRY);

  private TenantMetrics() {}
}
