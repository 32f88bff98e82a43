package dev.grainline.runtime.cohorts;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import java.time.LocalDate;

/** A member and the periods it joined in: the anchors of the activity's cohort offsets. */
@Dimension("co.member")
public final class Member {
  static final Table M = table("cohort.members");
  static final Column<LocalDate> JOINED_ON = M.dateCol("joined_on");

  public static final Attribute<Integer> MEMBER_ID = key(M.intCol("member_id"));
  public static final Attribute<LocalDate> JOINED_DAY = attribute(JOINED_ON);
  public static final Attribute<LocalDate> JOINED_WEEK = attribute(JOINED_ON.truncatedTo(TimeGrain.WEEK));
  public static final Attribute<LocalDate> JOINED_MONTH = attribute(JOINED_ON.truncatedTo(TimeGrain.MONTH));
  public static final Attribute<LocalDate> JOINED_QUARTER = attribute(JOINED_ON.truncatedTo(TimeGrain.QUARTER));
  public static final Attribute<LocalDate> JOINED_YEAR = attribute(JOINED_ON.truncatedTo(TimeGrain.YEAR));

  private Member() {}
}
