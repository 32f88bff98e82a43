package dev.grainline.cli.tiny;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

@Fact("tiny.visits")
public final class Visits {
  static final Table V = table("tiny.visits");
  public static final Attribute<Integer> VISIT_ID = key(V.intCol("visit_id"));

  public static final Measure<Long> VISIT_COUNT = count();

  private Visits() {}
}
