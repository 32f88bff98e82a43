package dev.grainline.processor;

import static dev.grainline.processor.ProcessorTester.source;

import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A small, valid model for tests to break one rule at a time: orders (a fact) of products, placed and shipped on
 * dates, by customers who registered on a date; visits (a second fact that links to nothing); and cross-fact
 * metrics with a named query. Each class takes extra member lines; a test adds the one definition it is about.
 */
final class ShopModel {
  private static final String IMPORTS = """
      package shop;

      import static dev.grainline.dsl.Grainline.*;

      import dev.grainline.dsl.*;
      """;

  private ShopModel() {}

  static JavaFileObject packageInfo() {
    return source("shop.package-info", """
        @SemanticModel(catalog = "ShopCatalog", namespace = "shop")
        package shop;

        import dev.grainline.dsl.SemanticModel;
        """);
  }

  static JavaFileObject product() {
    return source("shop.Product", IMPORTS + """

        @Dimension("shop.product")
        @Describe("Products.")
        public final class Product {
          static final Table P = table("shop.products");

          public static final Attribute<Integer> PRODUCT_ID = key(P.intCol("product_id"));
          public static final Attribute<String> NAME = attribute(P.textCol("name"));

          @Describe("The product's category: books, games...")
          public static final Attribute<String> CATEGORY = attribute(P.textCol("category"));
        }
        """);
  }

  static JavaFileObject dates() {
    return source("shop.Dates", IMPORTS + """

        @Dimension("shop.date")
        public final class Dates {
          static final Table D = table("shop.dates");

          public static final Attribute<Integer> DATE_ID = key(D.intCol("date_id"));
          public static final Attribute<Integer> MONTH = attribute(D.intCol("month"));
          public static final Attribute<java.time.LocalDate> DAY = attribute(D.dateCol("day"));
        }
        """);
  }

  static JavaFileObject customer() {
    return source("shop.Customer", IMPORTS + """

        @Dimension("shop.customer")
        public final class Customer {
          static final Table C = table("shop.customers");

          public static final Attribute<Integer> CUSTOMER_ID = key(C.intCol("customer_id"));
          public static final Attribute<String> COUNTRY = attribute(C.textCol("country"));

          static final Link REGISTERED = link(C.intCol("registered_on")).to(Dates.DATE_ID).role("registered");
        }
        """);
  }

  static JavaFileObject orders() {
    return orders("");
  }

  /** The orders fact, with {@code members} added at the end of the class body. */
  static JavaFileObject orders(String members) {
    return source("shop.Orders", IMPORTS + """

        @Fact("shop.orders")
        public final class Orders {
          static final Table O = table("shop.orders");

          public static final Attribute<Integer> ORDER_ID = key(O.intCol("order_id"));
          public static final Attribute<String> STATUS = attribute(O.textCol("status"));

          static final Column<Integer> PRODUCT_ID = O.intCol("product_id");
          static final Column<Integer> QUANTITY = O.intCol("quantity");
          static final Column<Double> PRICE = O.doubleCol("price");

          static final Link PRODUCT = link(PRODUCT_ID).to(Product.PRODUCT_ID);
          static final Link BUYER = link(O.intCol("customer_id")).to(Customer.CUSTOMER_ID).role("buyer");
          static final Link ORDERED = link(O.intCol("ordered_on")).to(Dates.DATE_ID).role("ordered");
          static final Link SHIPPED = link(O.intCol("shipped_on")).to(Dates.DATE_ID).role("shipped");

          @Describe(value = "Revenue: price times quantity.", unit = "EUR", format = "#,##0.00")
          public static final Measure<Double> REVENUE = sum(PRICE.times(QUANTITY));

          @Describe(value = "Distinct orders.", unit = "orders")
          public static final Measure<Long> ORDER_COUNT = countDistinct(ORDER_ID);
        """ + indent(members) + "}\n");
  }

  static JavaFileObject visits() {
    return visits("");
  }

  /** A second fact, linked to no dimension. */
  static JavaFileObject visits(String members) {
    return source("shop.Visits", IMPORTS + """

        @Fact("shop.visits")
        public final class Visits {
          static final Table V = table("shop.visits");

          public static final Attribute<Integer> VISIT_ID = key(V.intCol("visit_id"));
          static final Column<Double> DURATION = V.doubleCol("duration");

          public static final Measure<Long> VISIT_COUNT = count(VISIT_ID);
        """ + indent(members) + "}\n");
  }

  /** A {@code @Metrics} class with only {@code members}. */
  static JavaFileObject metrics(String members) {
    return source("shop.ShopMetrics", IMPORTS + """

        @Metrics
        public final class ShopMetrics {
        """ + indent(members) + "}\n");
  }

  /** The model's classes, with {@code replacements} instead of the ones of the same name. */
  static List<JavaFileObject> with(JavaFileObject... replacements) {
    List<JavaFileObject> files = new ArrayList<>(List.of(packageInfo(), product(), dates(), customer(), orders(),
        visits()));
    for (JavaFileObject replacement : replacements) {
      files.removeIf(f -> f.getName().equals(replacement.getName()));
      files.add(replacement);
    }
    return files;
  }

  private static String indent(String members) {
    if (members.isBlank()) {
      return "";
    }
    return "\n" + members.stripIndent().lines().map(l -> l.isBlank() ? "" : "  " + l)
        .reduce("", (a, b) -> a + b + "\n");
  }
}
