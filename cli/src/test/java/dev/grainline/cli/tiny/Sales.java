package dev.grainline.cli.tiny;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Describe;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

@Fact("tiny.sales")
@Describe("One row per sale.")
public final class Sales {
  static final Table S = table("tiny.sales");
  public static final Attribute<Integer> SALE_ID = key(S.intCol("sale_id"));

  @Describe("A free-text note: NULL, empty or text.")
  public static final Attribute<String> NOTE = attribute(S.textCol("note"));

  static final Link REGION = link(S.intCol("region_id")).to(Region.REGION_ID);

  @Describe(value = "Revenue of the sales.", unit = "EUR", format = "#,##0.00")
  public static final Measure<Double> REVENUE = sum(S.doubleCol("amount"));

  public static final Measure<Long> SALE_COUNT = count();

  private Sales() {}
}
