package dev.grainline.runtime.timeouts;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

/** A view whose every query takes minutes: what the timeout, an interrupt or a cancel must stop. */
@Fact("tm.slow")
public final class Slow {
  static final Table S = table("tm_time.slow");
  public static final Attribute<Integer> SLOW_ID = key(S.intCol("slow_id"));
  public static final Measure<Long> SLOW_AMOUNT = sum(S.intCol("amount"));

  private Slow() {}
}
