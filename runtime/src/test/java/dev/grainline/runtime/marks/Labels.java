package dev.grainline.runtime.marks;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

/** Labels with wildcards and backslashes in them, for LIKE patterns that escape. */
@Fact("marks.labels")
public final class Labels {
  static final Table L = table("port_marks.labels");
  public static final Attribute<Integer> LABEL_ID = key(L.intCol("label_id"));
  public static final Attribute<String> LABEL = attribute(L.textCol("label"));

  public static final Measure<Long> LABEL_COUNT = count();
  /** A definition's pattern with a backslash that escapes nothing: {@code a\bc} is {@code abc} on every engine. */
  public static final Measure<Long> LIKE_A_B_C = count().filter(LABEL.like("a\\bc"));
  /** A definition's pattern with an escaped wildcard. */
  public static final Measure<Long> LIKE_FIFTY_PERCENT = count().filter(LABEL.like("50\\%"));

  private Labels() {}
}
