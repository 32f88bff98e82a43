package dev.grainline.internal.model.text;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Metrics;
import dev.grainline.dsl.Name;
import dev.grainline.dsl.Source;
import dev.grainline.dsl.Table;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.assembly.ModelAssembler;
import dev.grainline.internal.model.assembly.ReflectiveDeclarations;

/**
 * A small model with the store's names: fact v3.order_details, dimensions v3.product, v3.date, v3.location and
 * v3.customer (orders reach dates as [order], locations as [from], [to] and [customer->home]); and, to exercise name
 * resolution, an entity whose name extends another's (v3.date.fiscal) and a metric whose name looks like an
 * attribute's (v3.product.revenue).
 */
final class TestStore {
  private TestStore() {}

  static final Model MODEL = ModelAssembler.assemble(ReflectiveDeclarations.of("TestStore", "v3",
      OrderDetails.class, Product.class, Dates.class, FiscalDates.class, Location.class, Customer.class,
      StoreMetrics.class)).orThrow();

  @Fact("v3.order_details")
  static final class OrderDetails {
    static final Table O = table("v3.orders").as("o");
    static final Table OI = table("v3.order_items").as("oi");
    static final Source SOURCE = from(O).join(OI).on(O.intCol("order_id").eq(OI.intCol("order_id")));

    static final Attribute<Integer> ORDER_ID = key(O.intCol("order_id"));
    static final Attribute<Integer> LINE_NUMBER = key(OI.intCol("line_number"));
    static final Attribute<String> STATUS = attribute(O.textCol("status"));

    static final Column<Integer> QUANTITY = OI.intCol("quantity");
    static final Column<Double> UNIT_PRICE = OI.doubleCol("unit_price");

    static final Link CUSTOMER = link(O.intCol("customer_id")).to(Customer.CUSTOMER_ID).role("customer");
    static final Link ORDER = link(O.intCol("order_date")).to(Dates.DATE_ID).role("order");
    static final Link FISCAL = link(O.intCol("order_date")).to(FiscalDates.FISCAL_DATE_ID);
    static final Link FROM = link(O.intCol("from_location_id")).to(Location.LOCATION_ID).role("from");
    static final Link TO = link(O.intCol("to_location_id")).to(Location.LOCATION_ID).role("to");
    static final Link PRODUCT = link(OI.intCol("product_id")).to(Product.PRODUCT_ID);

    static final Measure<Double> TOTAL_REVENUE = sum(QUANTITY.times(UNIT_PRICE));
    static final Measure<Long> ORDER_COUNT = countDistinct(ORDER_ID);

    @Name("v3.product.revenue")
    static final Measure<Double> PRODUCT_REVENUE = sum(UNIT_PRICE);
  }

  @Dimension("v3.product")
  static final class Product {
    static final Table P = table("v3.products");
    static final Attribute<Integer> PRODUCT_ID = key(P.intCol("product_id"));
    static final Attribute<String> CATEGORY = attribute(P.textCol("category"));
    static final Attribute<Double> PRICE = attribute(P.doubleCol("price"));
  }

  @Dimension("v3.date")
  static final class Dates {
    static final Table D = table("v3.dates");
    static final Attribute<Integer> DATE_ID = key(D.intCol("date_id"));
    static final Attribute<Integer> WEEK = attribute(D.intCol("week"));
    static final Attribute<Integer> YEAR = attribute(D.intCol("year"));
  }

  @Dimension("v3.date.fiscal")
  static final class FiscalDates {
    static final Table F = table("v3.fiscal_dates");
    static final Attribute<Integer> FISCAL_DATE_ID = key(F.intCol("fiscal_date_id"));
    static final Attribute<Integer> FISCAL_YEAR = attribute(F.intCol("fiscal_year"));
  }

  @Dimension("v3.location")
  static final class Location {
    static final Table L = table("v3.locations");
    static final Attribute<Integer> LOCATION_ID = key(L.intCol("location_id"));
    static final Attribute<String> COUNTRY = attribute(L.textCol("country"));
  }

  @Dimension("v3.customer")
  static final class Customer {
    static final Table C = table("v3.customers");
    static final Attribute<Integer> CUSTOMER_ID = key(C.intCol("customer_id"));
    static final Attribute<String> NAME = attribute(C.textCol("name"));
    static final Link HOME = link(C.intCol("location_id")).to(Location.LOCATION_ID).role("home");
  }

  @Metrics
  static final class StoreMetrics {
    static final Metric<Double> AVG_ORDER_VALUE = OrderDetails.TOTAL_REVENUE.div(OrderDetails.ORDER_COUNT);
  }
}
