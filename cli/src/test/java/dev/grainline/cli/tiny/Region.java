package dev.grainline.cli.tiny;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;

@Dimension("tiny.region")
public final class Region {
  static final Table R = table("tiny.regions");
  public static final Attribute<Integer> REGION_ID = key(R.intCol("region_id"));
  public static final Attribute<String> NAME = attribute(R.textCol("name"));

  private Region() {}
}
