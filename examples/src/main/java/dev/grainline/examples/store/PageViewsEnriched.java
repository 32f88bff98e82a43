package dev.grainline.examples.store;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Describe;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.annotation.Metric;

/** Page views, with flags for product and checkout pages. */
@Fact("v3.page_views_enriched")
@Describe("Page views, one row per view.")
public final class PageViewsEnriched {
  static final Table PV = table("v3.page_views");

  public static final Attribute<Integer> VIEW_ID = key(PV.intCol("view_id"));

  @Describe("The kind of page: home, product, cart, checkout...")
  public static final Attribute<String> PAGE_TYPE = attribute(PV.textCol("page_type"));

  static final Column<String> SESSION_ID = PV.textCol("session_id");
  static final Column<Integer> CUSTOMER_ID = PV.intCol("customer_id");
  static final Column<Integer> IS_PRODUCT_VIEW = when(PAGE_TYPE.eq("product"), 1).otherwise(0);
  static final Column<Integer> IS_CHECKOUT_VIEW = when(PAGE_TYPE.eq("checkout"), 1).otherwise(0);

  static final Link CUSTOMER = link(CUSTOMER_ID).to(Customer.CUSTOMER_ID).role("customer");
  static final Link PAGE = link(PV.intCol("page_date")).to(Dates.DATE_ID).role("page");
  static final Link PRODUCT = link(PV.intCol("product_id")).to(Product.PRODUCT_ID);

  @Describe(value = "Page views.", unit = "views")
  @Metric
  public static final Measure<Long> PAGE_VIEW_COUNT = count(VIEW_ID);

  @Describe(value = "Views of product pages.", unit = "views")
  @Metric
  public static final Measure<Long> PRODUCT_VIEW_COUNT = sum(IS_PRODUCT_VIEW);

  @Describe(value = "Distinct sessions.", unit = "sessions")
  @Metric
  public static final Measure<Long> SESSION_COUNT = countDistinct(SESSION_ID);

  @Describe(value = "Distinct visiting customers.", unit = "customers")
  @Metric
  public static final Measure<Long> VISITOR_COUNT = countDistinct(CUSTOMER_ID);

  @Describe(value = "Distinct sessions that viewed a product page.", unit = "sessions")
  @Metric
  public static final Measure<Long> PRODUCT_SESSION_COUNT = countDistinct(when(IS_PRODUCT_VIEW.eq(1), SESSION_ID));

  private PageViewsEnriched() {}
}
