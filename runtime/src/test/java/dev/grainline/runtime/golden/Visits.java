package dev.grainline.runtime.golden;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

@Fact("golden.visits")
public final class Visits {
  static final Table V = table("golden.visits");
  public static final Attribute<Integer> VISIT_ID = key(V.intCol("visit_id"));

  static final Link DAY = link(V.intCol("visit_date")).to(Calendar.DATE_ID);

  public static final Measure<Long> VISITS = count();

  private Visits() {}
}
