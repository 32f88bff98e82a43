package dev.grainline.runtime.cohorts;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import java.time.LocalDate;

/** A member's activity on a day, and how many periods of each grain after the member joined it was. */
@Fact("co.activity")
public final class Activity {
  static final Table A = table("cohort.activity");
  static final Column<LocalDate> ACTIVE_ON = A.dateCol("active_on");
  static final Column<Integer> MEMBER = A.intCol("member_id");

  public static final Attribute<Integer> ACTIVITY_ID = key(A.intCol("activity_id"));
  public static final Attribute<LocalDate> ACTIVE_WEEK = attribute(ACTIVE_ON.truncatedTo(TimeGrain.WEEK));

  static final Link JOINED = link(MEMBER).to(Member.MEMBER_ID);

  public static final Attribute<Integer> DAYS_SINCE_JOINING = attribute(ACTIVE_ON.periodsSince(Member.JOINED_DAY));
  /** The row side is an attribute of this fact: a truncation of the same grain as the anchor. */
  public static final Attribute<Integer> WEEKS_SINCE_JOINING =
      attribute(ACTIVE_WEEK.periodsSince(Member.JOINED_WEEK));
  public static final Attribute<Integer> MONTHS_SINCE_JOINING =
      attribute(ACTIVE_ON.truncatedTo(TimeGrain.MONTH).periodsSince(Member.JOINED_MONTH));
  public static final Attribute<Integer> QUARTERS_SINCE_JOINING =
      attribute(ACTIVE_ON.truncatedTo(TimeGrain.QUARTER).periodsSince(Member.JOINED_QUARTER));
  public static final Attribute<Integer> YEARS_SINCE_JOINING =
      attribute(ACTIVE_ON.truncatedTo(TimeGrain.YEAR).periodsSince(Member.JOINED_YEAR));

  public static final Measure<Long> ACTIVITIES = count();
  public static final Measure<Long> ACTIVE_MEMBERS = countDistinct(MEMBER);
  /** Members active in the week they joined: a weekly cohort's size. */
  public static final Measure<Long> COHORT_MEMBERS = countDistinct(MEMBER).filter(WEEKS_SINCE_JOINING.eq(0));
  public static final Measure<Long> RETAINED_W1 = countDistinct(MEMBER).filter(WEEKS_SINCE_JOINING.eq(1));
  public static final Measure<Long> RETAINED_W4 = countDistinct(MEMBER).filter(WEEKS_SINCE_JOINING.eq(4));

  private Activity() {}
}
