package dev.grainline.runtime.marks;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

/** A view that takes Trino hours to sum (a cross join of 10^12 rows): what a query timeout must stop there. */
@Fact("marks.heavy")
public final class Heavy {
  static final Table H = table("port_marks.heavy");
  public static final Attribute<Integer> HEAVY_ID = key(H.intCol("heavy_id"));
  public static final Measure<Long> HEAVY_AMOUNT = sum(H.intCol("amount"));

  private Heavy() {}
}
