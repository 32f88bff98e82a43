package dev.grainline.examples.spectrum;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Table;

/** A kind of event; one table shared by every account (it has no account_id). */
@Dimension("spectrum.event_type")
public final class EventType {
  static final Table T = table("warehouse.dim_event_types").shared();

  public static final Attribute<Integer> EVENT_TYPE_ID = key(T.intCol("event_type_id"));
  public static final Attribute<String> NAME = attribute(T.textCol("name"));
  public static final Attribute<String> CATEGORY = attribute(T.textCol("category"));

  private EventType() {}
}
