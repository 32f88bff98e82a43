package dev.grainline.runtime.json;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.JsonColumn;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;

/**
 * Documents each holding one value of another kind than a read declares: a query that reads it fails, one whose
 * {@code where} leaves its row out does not. Apart from {@link Docs}, because a {@code where} that reads a path
 * itself may be evaluated on any row before its other conditions.
 */
@Fact("json.bad_docs")
public final class BadDocs {
  static final Table B = table("port_json.bad_docs");
  static final JsonColumn PROPS = B.jsonCol("props");

  public static final Attribute<Integer> BAD_ID = key(B.intCol("doc_id"));
  public static final Attribute<Boolean> BAD_PAID = attribute(PROPS.path("paid").asBoolean());

  public static final Measure<Long> BAD_COUNT = count();
  public static final Measure<Long> BAD_AMOUNT = sum(PROPS.path("amount").asLong());
  public static final Measure<Long> BAD_QTY = sum(PROPS.path("qty").asInt());
  public static final Measure<Double> BAD_PRICE = sum(PROPS.path("price").asDouble());

  private BadDocs() {}
}
