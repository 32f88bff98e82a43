package dev.grainline.runtime.timeouts;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

/** 50,000 ticks, one per id: grouped by id, a result of 50,000 rows (about a megabyte on the wire). */
@Fact("tm.ticks")
public final class Ticks {
  static final Table T = table("tm_time.ticks");
  public static final Attribute<Integer> TICK_ID = key(T.intCol("tick_id"));
  public static final Measure<Long> AMOUNT = sum(T.intCol("amount"));

  private Ticks() {}
}
