package dev.grainline.runtime.calendar;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import java.time.LocalDate;

/** Sales on a DATE, with its day, week, month and quarter as attributes. */
@Fact("cal.sales")
public final class Sales {
  static final Table S = table("cal_sales.sales");
  public static final Attribute<Integer> SALE_ID = key(S.intCol("sale_id"));
  static final Column<LocalDate> SOLD_ON = S.dateCol("sold_on");
  public static final Attribute<LocalDate> DAY = attribute(SOLD_ON.truncatedTo(TimeGrain.DAY));
  public static final Attribute<LocalDate> WEEK = attribute(SOLD_ON.truncatedTo(TimeGrain.WEEK));
  public static final Attribute<LocalDate> MONTH = attribute(SOLD_ON.truncatedTo(TimeGrain.MONTH));
  public static final Attribute<String> CATEGORY = attribute(S.textCol("category"));

  public static final Measure<Long> AMOUNT = sum(S.intCol("amount"));
  public static final Measure<Long> BUYERS = countDistinct(S.textCol("buyer"));

  private Sales() {}
}
