package dev.grainline.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;
import static dev.grainline.processor.ProcessorTester.content;
import static dev.grainline.processor.ProcessorTester.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules of derived attributes ({@code perEntity}), one test per message: each breaks one declaration of a valid
 * model (customers with a lifetime order count and a first order month from their orders, which link to them as
 * buyer and as payer; payments, which link to no customer) and asserts the one error, where javac shows it.
 */
class DerivedAttributeRulesTest {
  private static final String IMPORTS = """
      package derived;

      import static dev.grainline.dsl.Grainline.*;

      import dev.grainline.dsl.*;
      import java.time.LocalDate;
      """;

  private static final Map<String, String> MODEL = new LinkedHashMap<>();

  static {
    MODEL.put("derived.package-info", """
        @SemanticModel(catalog = "DerivedCatalog", namespace = "derived")
        package derived;

        import dev.grainline.dsl.SemanticModel;
        """);
    MODEL.put("derived.Customer", IMPORTS + """

        @Dimension("derived.customer")
        public final class Customer {
          static final Table C = table("derived.customers");

          public static final Attribute<Integer> CUSTOMER_ID = key(C.intCol("customer_id"));
          public static final Attribute<Long> LIFETIME_ORDERS = attribute(perEntity(count()).via("buyer"));
          public static final Attribute<LocalDate> FIRST_ORDER_MONTH =
              attribute(perEntity(min(Orders.ORDERED_ON)).via("buyer").truncatedTo(MONTH));
        }
        """);
    MODEL.put("derived.Orders", IMPORTS + """

        @Fact("derived.orders")
        public final class Orders {
          static final Table O = table("derived.orders");

          public static final Attribute<Integer> ORDER_ID = key(O.intCol("order_id"));
          static final Column<LocalDate> ORDERED_ON = O.dateCol("ordered_on");

          static final Link BUYER = link(O.intCol("buyer_id")).to(Customer.CUSTOMER_ID).role("buyer");
          static final Link PAYER = link(O.intCol("payer_id")).to(Customer.CUSTOMER_ID).role("payer");

          public static final Measure<Long> ORDER_COUNT = count();
        }
        """);
    MODEL.put("derived.Payments", IMPORTS + """

        @Fact("derived.payments")
        public final class Payments {
          static final Table P = table("derived.payments");

          public static final Attribute<Integer> PAYMENT_ID = key(P.intCol("payment_id"));
          static final Column<LocalDate> PAID_ON = P.dateCol("paid_on");

          public static final Measure<Long> PAYMENT_COUNT = count();
        }
        """);
  }

  private static List<JavaFileObject> model() {
    List<JavaFileObject> sources = new ArrayList<>();
    MODEL.forEach((name, code) -> sources.add(source(name, code)));
    return sources;
  }

  /** The model's sources, with {@code replaced} replaced by {@code by} in the class {@code className}. */
  private static List<JavaFileObject> with(String className, String replaced, String by) {
    List<JavaFileObject> sources = model();
    JavaFileObject target = file(sources, className);
    String code = content(target);
    assertWithMessage("%s in %s", replaced, className).that(code.indexOf(replaced)).isAtLeast(0);
    assertWithMessage("%s occurs once in %s", replaced, className)
        .that(code.lastIndexOf(replaced)).isEqualTo(code.indexOf(replaced));
    sources.set(sources.indexOf(target), source(className, code.replace(replaced, by)));
    return sources;
  }

  private static JavaFileObject file(List<JavaFileObject> sources, String className) {
    return sources.stream().filter(s -> ("/" + s.getName()).endsWith("/" + className.replace('.', '/') + ".java"))
        .findFirst().orElseThrow();
  }

  @Test
  void aValidModelWithDerivedAttributesCompiles() {
    assertThat(compile(model())).succeededWithoutWarnings();
  }

  @Test
  void aCountOfNoColumnWhereTwoFactsLinkToTheDimension() {
    List<JavaFileObject> sources = with("derived.Payments", "public static final Measure<Long> PAYMENT_COUNT",
        "static final Link CUSTOMER = link(P.intCol(\"customer_id\")).to(Customer.CUSTOMER_ID);\n\n"
            + "  public static final Measure<Long> PAYMENT_COUNT");
    // Shown at via(...), the call that made the value the attribute holds.
    assertOnlyError(compile(sources), file(sources, "derived.Customer"), at("LIFETIME_ORDERS =", ".via("),
        "[GrainlineEntityAttribute] perEntity(count()).via(\"buyer\") reads no column, so its rows are those of the one"
            + " fact that links to derived.customer, but derived.orders and derived.payments do: aggregate a column of"
            + " the fact, as perEntity(count(Orders.ORDER_ID))");
  }

  @Test
  void aFactThatDoesNotReachTheDimension() {
    List<JavaFileObject> sources = with("derived.Customer", "perEntity(min(Orders.ORDERED_ON)).via(\"buyer\")",
        "perEntity(min(Payments.PAID_ON))");
    assertOnlyError(compile(sources), file(sources, "derived.Customer"), at("perEntity(min(Payments"),
        "[GrainlineEntityAttribute] attribute derived.customer.first_order_month is perEntity(min(payments.paid_on)), but"
            + " derived.payments reaches derived.customer over no path whose last link targets derived.customer's key:"
            + " a derived attribute aggregates the rows of a fact that links to its dimension");
  }

  @Test
  void aFactWithTwoLinksToTheDimensionAndNoRole() {
    List<JavaFileObject> sources = with("derived.Customer", "perEntity(count()).via(\"buyer\")",
        "perEntity(count())");
    assertOnlyError(compile(sources), file(sources, "derived.Customer"), at("perEntity(count())"),
        "[GrainlineEntityAttribute] attribute derived.customer.lifetime_orders is perEntity(count()), but derived.orders"
            + " reaches derived.customer over several paths (derived.orders -[buyer]-> derived.customer,"
            + " derived.orders -[payer]-> derived.customer): name the roles of one with .via(...)");
  }

  @Test
  void perEntityInAFactsAttribute() {
    List<JavaFileObject> sources = with("derived.Orders", "public static final Measure<Long> ORDER_COUNT",
        "public static final Attribute<Long> ORDERS = attribute(perEntity(count(ORDER_ID)));\n\n"
            + "  public static final Measure<Long> ORDER_COUNT");
    assertOnlyError(compile(sources), file(sources, "derived.Orders"), at("perEntity(count(ORDER_ID))"),
        "[GrainlineEntityAttribute] attribute derived.orders.orders of fact derived.orders uses"
            + " perEntity(count(orders.order_id)): perEntity(...) is an attribute of a @Dimension, the measure over the"
            + " rows of a fact that link to one of its rows; declare it in a dimension the fact links to");
  }

  @Test
  void aDerivedAttributeWhoseMeasureReadsADerivedAttribute() {
    List<JavaFileObject> sources = with("derived.Customer", "perEntity(min(Orders.ORDERED_ON))",
        "perEntity(min(Orders.ORDERED_ON).filter(LIFETIME_ORDERS.gt(1L)))");
    assertOnlyError(compile(sources), file(sources, "derived.Customer"), at("perEntity(min(Orders", ".via("),
        "[GrainlineEntityAttribute] attribute derived.customer.first_order_month is"
            + " perEntity(min(orders.ordered_on).filter(derived.customer.lifetime_orders > 1)).via(\"buyer\"), whose"
            + " measure reads derived.customer.lifetime_orders, itself a derived attribute: a derived attribute"
            + " aggregates the fact's own values, not other derived attributes");
  }
}
