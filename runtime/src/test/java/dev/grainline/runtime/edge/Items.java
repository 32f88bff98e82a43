package dev.grainline.runtime.edge;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Items whose columns hold edge values (see EdgeFixture). {@code qty} and {@code wide} are declared intCol although
 * the database's columns are numeric and bigint: the mistake the schema check reports and the reader refuses to
 * round.
 */
@Fact("edge.items")
public final class Items {
  static final Table I = table("edge_values.items");
  public static final Attribute<Integer> ITEM_ID = key(I.intCol("item_id"));
  public static final Attribute<String> NAME = attribute(I.textCol("name"));
  public static final Attribute<BigDecimal> PRICE = attribute(I.decimalCol("price"));
  public static final Attribute<LocalDate> DAY = attribute(I.dateCol("day"));
  public static final Attribute<LocalDateTime> SEEN_AT = attribute(I.timestampCol("seen_at"));
  public static final Attribute<Integer> QTY = attribute(I.intCol("qty"));
  public static final Attribute<Integer> WIDE = attribute(I.intCol("wide"));
  static final Column<Long> BIG = I.longCol("big");
  static final Column<Double> RATIO = I.doubleCol("ratio");
  static final Column<Integer> N = I.intCol("n");

  public static final Measure<Long> ITEMS = count();
  public static final Measure<Long> BIG_SUM = sum(BIG);
  public static final Measure<Double> RATIO_SUM = sum(RATIO);
  public static final Measure<Long> SQUARES = sum(N.times(N));
  public static final Measure<Long> QTY_SUM = sum(I.intCol("qty"));

  private Items() {}
}
