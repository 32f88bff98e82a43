package dev.grainline.internal.model.testing;

import static dev.grainline.dsl.Grainline.*;

import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Column;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Link;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Metrics;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.LinkDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.assembly.ModelAssembler;
import dev.grainline.internal.model.assembly.ReflectiveDeclarations;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A small model, declared with the public DSL, whose join graph has each shape the resolvers tell apart:
 *
 * <pre>
 * t.sales  -[order]-> t.date          t.visits --------> t.date
 *          -[ship]--> t.date                   -[store]-> t.location
 *          -[customer]-> t.customer -[home]-> t.location
 *                                   -[signup]-> t.date
 *          -[store]-> t.location
 *          ---------> t.product
 * </pre>
 *
 * Sales reach the calendar equally near as [order] and [ship] (ambiguous without a role), locations as [store] one
 * link away and [customer->home] two (the nearest wins); visits cannot reach products. t.date is a calendar (day,
 * week, month, year, and a day of the week that is no period); visits have their own days and weeks, truncated from
 * a timestamp. The window metrics are over sales' [order] dates, and one over the visits' own weeks.
 */
public final class Shop {
  private Shop() {}

  public static final Model MODEL = ModelAssembler.assemble(ReflectiveDeclarations.of("Shop", "t",
      Sales.class, Visits.class, Dates.class, Customer.class, Location.class, Product.class,
      TimeMetrics.class)).orThrow();

  /** A reference to an attribute as a query writes it: {@code ref("t.date", "week", "order")}. */
  public static AttributeRef ref(String entity, String attribute, String... roles) {
    return new AttributeRef(entity, attribute, roles.length == 0 ? Optional.empty() : Optional.of(RolePath.of(roles)));
  }

  /** The link {@code name} ("ORDER") that {@code entity} declares. */
  public static LinkDef declaredLink(String entity, String name) {
    return MODEL.entity(entity).orElseThrow().links().stream().filter(l -> l.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(entity + " declares no link " + name));
  }

  @Fact("t.sales")
  static final class Sales {
    static final Table S = table("t.sales");
    static final Attribute<Integer> SALE_ID = key(S.intCol("sale_id"));
    static final Attribute<String> CHANNEL = attribute(S.textCol("channel"));
    static final Column<Double> AMOUNT = S.doubleCol("amount");

    static final Link ORDER = link(S.intCol("order_date")).to(Dates.DATE_ID).role("order");
    static final Link SHIP = link(S.intCol("ship_date")).to(Dates.DATE_ID).role("ship");
    static final Link CUSTOMER = link(S.intCol("customer_id")).to(Customer.CUSTOMER_ID).role("customer");
    static final Link STORE = link(S.intCol("store_id")).to(Location.LOCATION_ID).role("store");
    static final Link PRODUCT = link(S.intCol("product_id")).to(Product.PRODUCT_ID);

    static final Measure<Double> REVENUE = sum(AMOUNT);
    static final Measure<Long> SALE_COUNT = count();
  }

  @Fact("t.visits")
  static final class Visits {
    static final Table V = table("t.visits");
    static final Attribute<Integer> VISIT_ID = key(V.intCol("visit_id"));
    static final Column<LocalDateTime> VISITED_AT = V.timestampCol("visited_at");
    static final Attribute<LocalDate> VISIT_DAY = attribute(VISITED_AT.truncatedTo(TimeGrain.DAY));
    static final Attribute<LocalDate> VISIT_WEEK = attribute(VISITED_AT.truncatedTo(TimeGrain.WEEK));
    static final Attribute<String> DEVICE = attribute(V.textCol("device"));
    static final Link DAY = link(V.intCol("visit_date")).to(Dates.DATE_ID);
    static final Link STORE = link(V.intCol("store_id")).to(Location.LOCATION_ID).role("store");

    static final Measure<Long> VISIT_COUNT = count();
  }

  @Dimension("t.date")
  static final class Dates {
    static final Table D = table("t.dates");
    static final Column<LocalDateTime> DAY_START = D.timestampCol("day_start");
    static final Attribute<Integer> DATE_ID = key(D.intCol("date_id")).periodOf(TimeGrain.DAY, DAY_START);
    static final Attribute<Integer> WEEK = attribute(D.intCol("week")).periodOf(TimeGrain.WEEK, DAY_START);
    static final Attribute<Integer> MONTH = attribute(D.intCol("month")).periodOf(TimeGrain.MONTH, DAY_START);
    static final Attribute<Integer> YEAR = attribute(D.intCol("year")).periodOf(TimeGrain.YEAR, DAY_START);
    static final Attribute<Integer> DAY_OF_WEEK = attribute(D.intCol("day_of_week"));
  }

  @Dimension("t.customer")
  static final class Customer {
    static final Table C = table("t.customers");
    static final Attribute<Integer> CUSTOMER_ID = key(C.intCol("customer_id"));
    static final Attribute<String> SEGMENT = attribute(C.textCol("segment"));
    static final Link HOME = link(C.intCol("location_id")).to(Location.LOCATION_ID).role("home");
    static final Link SIGNUP = link(C.intCol("signup_date")).to(Dates.DATE_ID).role("signup");
  }

  @Dimension("t.location")
  static final class Location {
    static final Table L = table("t.locations");
    static final Attribute<Integer> LOCATION_ID = key(L.intCol("location_id"));
    static final Attribute<String> COUNTRY = attribute(L.textCol("country"));
  }

  @Dimension("t.product")
  static final class Product {
    static final Table P = table("t.products");
    static final Attribute<Integer> PRODUCT_ID = key(P.intCol("product_id"));
    static final Attribute<String> CATEGORY = attribute(P.textCol("category"));
  }

  @Metrics
  static final class TimeMetrics {
    static final Metric<Double> REVENUE_LAST_WEEK = lag(Sales.REVENUE).over(Dates.WEEK.via("order"));
    static final Metric<Double> REVENUE_NEXT_WEEK = lead(Sales.REVENUE).over(Dates.WEEK.via("order"));
    static final Metric<Double> REVENUE_WOW = percentChange(Sales.REVENUE, REVENUE_LAST_WEEK);
    static final Metric<Double> REVENUE_WOW_LAST_WEEK = lag(REVENUE_WOW).over(Dates.WEEK.via("order"));
    static final Metric<Double> REVENUE_7D = trailing(Sales.REVENUE, 7, DAYS).over(Dates.DATE_ID.via("order"));
    static final Metric<Double> REVENUE_7D_WEEK_BEFORE = lag(REVENUE_7D, 7).over(Dates.DATE_ID.via("order"));
    static final Metric<Double> REVENUE_7D_TO_YESTERDAY =
        trailing(lag(Sales.REVENUE).over(Dates.DATE_ID.via("order")), 7, DAYS).over(Dates.DATE_ID.via("order"));
    static final Metric<Double> RUNNING_REVENUE = cumulative(Sales.REVENUE).over(Dates.DATE_ID.via("order"));
    static final Metric<Double> REVENUE_MTD = toDate(Sales.REVENUE, MONTH).over(Dates.DATE_ID.via("order"));
    static final Metric<Long> VISITS_LAST_WEEK = lag(Visits.VISIT_COUNT).over(Visits.VISIT_WEEK);
    static final Metric<Double> REVENUE_PER_SALE = Sales.REVENUE.div(Sales.SALE_COUNT);
  }
}
