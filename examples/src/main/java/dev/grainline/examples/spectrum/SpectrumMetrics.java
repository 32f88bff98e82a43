package dev.grainline.examples.spectrum;

import static dev.grainline.examples.spectrum.Events.*;

import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Metrics;
import dev.grainline.dsl.annotation.Derived;

/** Metrics over Spectrum's measures. */
@Metrics
public final class SpectrumMetrics {
  /** Net revenue in cents per active (account, user). */
  @Derived
  public static final Metric<Double> REVENUE_PER_ACTIVE_USER = REVENUE_CENTS.div(ACTIVE_USERS);
  /** The share of a cohort active one week after its first-seen week. */
  @Derived
  public static final Metric<Double> RETENTION_W1 = RETAINED_W1.div(COHORT_USERS);

  private SpectrumMetrics() {}
}
