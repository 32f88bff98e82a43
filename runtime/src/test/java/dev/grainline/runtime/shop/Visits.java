package dev.grainline.runtime.shop;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

@Fact("shop.visits")
public final class Visits {
  static final Table V = table("shop.visits");
  public static final Attribute<Integer> VISIT_ID = key(V.intCol("visit_id"));

  static final Link DAY = link(V.intCol("day_id")).to(Day.DAY_ID).role("visit");
  static final Link REGION = link(V.intCol("region_id")).to(Region.REGION_ID);

  public static final Measure<Long> VISITS = count();
  public static final Measure<Long> VISITORS = countDistinct(V.textCol("visitor"));

  private Visits() {}
}
