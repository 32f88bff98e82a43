package dev.grainline.runtime.json;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.JsonColumn;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import java.math.BigDecimal;

/**
 * Documents whose properties are a JSON column: typed paths as attributes (text, numbers, a boolean, a nested key)
 * and in measures, and key tests as measure filters.
 */
@Fact("json.docs")
public final class Docs {
  static final Table D = table("port_json.docs");
  static final JsonColumn PROPS = D.jsonCol("props");

  public static final Attribute<Integer> DOC_ID = key(D.intCol("doc_id"));
  public static final Attribute<String> KIND = attribute(D.textCol("kind"));
  public static final Attribute<String> CURRENCY = attribute(PROPS.path("currency").asText());
  public static final Attribute<String> CAMPAIGN = attribute(PROPS.path("context", "campaign").asText());
  public static final Attribute<Boolean> PAID = attribute(PROPS.path("paid").asBoolean());
  public static final Attribute<Long> AMOUNT = attribute(PROPS.path("amount").asLong());
  public static final Attribute<Integer> QTY = attribute(PROPS.path("qty").asInt());
  public static final Attribute<Double> PRICE = attribute(PROPS.path("price").asDouble());
  public static final Attribute<Integer> DEEP = attribute(PROPS.path("context").path("n", "deep").as(Integer.class));

  static final Link OWNER = link(D.intCol("owner_id")).to(Owners.OWNER_ID);

  public static final Measure<Long> DOC_COUNT = count();
  public static final Measure<Long> TOTAL_AMOUNT = sum(PROPS.path("amount").asLong());
  public static final Measure<Long> TOTAL_QTY = sum(PROPS.path("qty").asInt());
  public static final Measure<Double> TOTAL_PRICE = sum(PROPS.path("price").asDouble());
  public static final Measure<BigDecimal> TOTAL_PRICE_DECIMAL = sum(PROPS.path("price").asDecimal());
  /** Holistic: with a sum, a shared scan that projects the document for both groups' reads. */
  public static final Measure<Double> MEDIAN_PRICE = median(PROPS.path("price").asDouble());
  public static final Measure<Long> WITH_AMOUNT = count().filter(PROPS.has("amount"));
  public static final Measure<Long> WITH_CAMPAIGN = count().filter(PROPS.path("context").has("campaign"));

  private Docs() {}
}
