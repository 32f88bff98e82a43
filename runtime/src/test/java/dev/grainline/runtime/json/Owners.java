package dev.grainline.runtime.json;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;

/** The documents' owners: a dimension's JSON path, read under the join's alias. */
@Dimension("json.owner")
public final class Owners {
  static final Table W = table("port_json.owners");
  public static final Attribute<Integer> OWNER_ID = key(W.intCol("owner_id"));
  public static final Attribute<String> TIER = attribute(W.jsonCol("info").path("tier").asText());

  private Owners() {}
}
