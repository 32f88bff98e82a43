package dev.grainline.runtime.bulk;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

/** Lines with a unique id and label each, so that a query by either has a row per line. */
@Fact("bulk.lines")
public final class Lines {
  static final Table L = table("bulk.lines");
  public static final Attribute<Integer> LINE_ID = key(L.intCol("line_id"));
  public static final Attribute<String> LABEL = attribute(L.textCol("label"));
  public static final Attribute<Integer> BUCKET = attribute(L.intCol("bucket"));

  public static final Measure<Long> AMOUNT = sum(L.intCol("amount"));
  public static final Measure<Long> LINE_COUNT = count();

  private Lines() {}
}
