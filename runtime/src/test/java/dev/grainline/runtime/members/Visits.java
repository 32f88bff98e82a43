package dev.grainline.runtime.members;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import java.time.LocalDate;

/** Visits by members, linked by both key columns; either may be NULL. */
@Fact("members.visits")
public final class Visits {
  static final Table V = table("port_members.visits");
  public static final Attribute<Integer> VISIT_ID = key(V.intCol("visit_id"));
  public static final Attribute<String> CHANNEL = attribute(V.textCol("channel"));
  static final Column<LocalDate> VISITED_ON = V.dateCol("visited_on");
  public static final Attribute<LocalDate> DAY = attribute(VISITED_ON);
  public static final Attribute<LocalDate> WEEK = attribute(VISITED_ON.truncatedTo(TimeGrain.WEEK));

  static final Link MEMBER = link(V.intCol("account_id"), V.longCol("user_id"))
      .to(Member.ACCOUNT_ID, Member.USER_ID);

  public static final Measure<Long> VISIT_COUNT = count();
  public static final Measure<Long> MEMBERS = countDistinct(MEMBER);
  public static final Measure<Long> WEB_MEMBERS = countDistinct(MEMBER).filter(CHANNEL.eq("web"));

  private Visits() {}
}
