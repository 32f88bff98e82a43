package dev.grainline.runtime.shop;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;
import java.time.LocalDate;

@Dimension("shop.day")
public final class Day {
  static final Table D = table("shop.days");
  public static final Attribute<Integer> DAY_ID = key(D.intCol("day_id"));
  public static final Attribute<LocalDate> DATE = attribute(D.dateCol("day"));
  public static final Attribute<Integer> MONTH = attribute(D.intCol("month"));

  private Day() {}
}
