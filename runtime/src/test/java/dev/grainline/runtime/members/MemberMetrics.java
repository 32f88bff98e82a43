package dev.grainline.runtime.members;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Metrics;

/** Windows over the composite distinct counts, which read the visits of every week of their frame. */
@Metrics
public final class MemberMetrics {
  public static final Metric<Long> MEMBERS_2W = trailing(Visits.MEMBERS, 2, WEEKS).over(Visits.WEEK);
  public static final Metric<Long> WEB_MEMBERS_2W = trailing(Visits.WEB_MEMBERS, 2, WEEKS).over(Visits.WEEK);

  private MemberMetrics() {}
}
