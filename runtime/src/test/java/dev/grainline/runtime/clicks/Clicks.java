package dev.grainline.runtime.clicks;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Clicks at a TIMESTAMP, with time attributes truncated straight from it (the fields named DAY, WEEK and MONTH hide
 * Grainline's grains, hence {@code TimeGrain.DAY}).
 */
@Fact("clicks.clicks")
public final class Clicks {
  static final Table C = table("ts_clicks.clicks");
  public static final Attribute<Integer> CLICK_ID = key(C.intCol("click_id"));
  static final Column<LocalDateTime> CLICKED_AT = C.timestampCol("clicked_at");
  public static final Attribute<LocalDate> DAY = attribute(CLICKED_AT.truncatedTo(TimeGrain.DAY));
  public static final Attribute<LocalDate> WEEK = attribute(CLICKED_AT.truncatedTo(TimeGrain.WEEK));
  public static final Attribute<LocalDate> MONTH = attribute(CLICKED_AT.truncatedTo(TimeGrain.MONTH));
  public static final Attribute<String> CATEGORY = attribute(C.textCol("category"));

  public static final Measure<Long> AMOUNT = sum(C.intCol("amount"));
  public static final Measure<Long> CLICK_COUNT = count();
  public static final Measure<Long> USERS = countDistinct(C.textCol("user_id"));

  private Clicks() {}
}
