package dev.grainline.processor;

import static dev.grainline.processor.ProcessorTester.assertNote;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;
import static dev.grainline.processor.ProcessorTester.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Entities, attributes and links: one test per rule, each asserting the message and where javac shows it. */
class EntityRulesTest {

  @Test
  void duplicateName() {
    JavaFileObject orders = ShopModel.orders("""
        @Name("status")
        public static final Attribute<String> STATE = attribute(O.textCol("state"));
        """);
    Compilation compilation = compile(ShopModel.with(orders));
    // At the name of the field that repeats the name, with a note at the first definition.
    assertOnlyError(compilation, orders, at("STATE ="),
        "[GrainlineDuplicateName] attribute shop.orders.status is defined twice: by Orders.STATUS and by"
            + " Orders.STATE");
    assertNote(compilation, orders, at("STATUS ="),
        "[GrainlineDuplicateName] attribute shop.orders.status is first defined here");
  }

  @Test
  void exactlyOneSource() {
    JavaFileObject visits = ShopModel.visits("""
        static final Table WEB = table("shop.web_visits");
        """);
    assertOnlyError(compile(ShopModel.with(visits)), visits, at("class Visits"),
        "[GrainlineSource] shop.visits needs exactly one source, a Source field built with from(table), or a single"
            + " Table field; found 2 Table fields and no Source field");
  }

  @Test
  void dimensionSource() {
    JavaFileObject product = source("shop.Product", """
        package shop;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;

        @Dimension("shop.product")
        public final class Product {
          static final Table P = table("shop.products");
          static final Table C = table("shop.categories");
          static final Source SOURCE = from(P).join(C).on(P.intCol("category_id").eq(C.intCol("category_id")));

          public static final Attribute<Integer> PRODUCT_ID = key(P.intCol("product_id"));
          public static final Attribute<String> CATEGORY = attribute(C.textCol("name"));
        }
        """);
    assertOnlyError(compile(ShopModel.with(product)), product, at("SOURCE ="),
        "[GrainlineDimensionSource] dimension shop.product reads 2 tables; a dimension reads one table, so that"
            + " joining it never drops or repeats rows");
  }

  @Test
  void foreignColumn() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Attribute<String> REGION = attribute(table("shop.regions").textCol("name"));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".textCol(\"name\")"),
        "[GrainlineForeignColumn] attribute shop.orders.region reads shop.regions.name, which is not part of"
            + " shop.orders");
  }

  @Test
  void columnType() {
    JavaFileObject orders = ShopModel.orders("""
        static final Column<Integer> STATUS_CODE = O.intCol("status");
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".intCol(\"status\")"),
        "[GrainlineColumnType] column shop.orders.status is declared integer here but text by Orders.STATUS");
  }

  @Test
  void columnReadAsAnInstantAndAsAWallClockTime() {
    JavaFileObject orders = ShopModel.orders("""
        static final Column<java.time.LocalDateTime> PLACED = O.timestampCol("placed_at");
        static final Column<java.time.LocalDateTime> PLACED_INSTANT = O.instantCol("placed_at");
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".instantCol(\"placed_at\")"),
        "[GrainlineColumnType] column shop.orders.placed_at is declared instant here but timestamp by"
            + " Orders.PLACED");
  }

  @Test
  void dimensionKey() {
    JavaFileObject warehouse = source("shop.Warehouse", """
        package shop;

        import static dev.grainline.dsl.Grainline.*;

        import dev.grainline.dsl.*;

        @Dimension("shop.warehouse")
        public final class Warehouse {
          static final Table W = table("shop.warehouses");

          public static final Attribute<String> CITY = attribute(W.textCol("city"));
        }
        """);
    assertOnlyError(compile(ShopModel.with(warehouse)), warehouse, at("class Warehouse"),
        "[GrainlineDimensionKey] dimension shop.warehouse declares no key; mark its primary key attributes with"
            + " key(...)");
  }

  @Test
  void linkTarget() {
    JavaFileObject orders = ShopModel.orders("""
        static final Link NAMED = link(O.textCol("product_name")).to(Product.NAME).role("named");
        """);
    // A link is shown at its to(...), where its target is named, even after role(...).
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".to(Product.NAME)"),
        "[GrainlineLinkTarget] link NAMED must target the key of shop.product (product_id), not shop.product.name");
  }

  @Test
  void linkArity() {
    JavaFileObject orders = ShopModel.orders("""
        static final Link TWO = link(O.intCol("a"), O.intCol("b")).to(Product.PRODUCT_ID).role("two");
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at("TWO =", ".to("),
        "[GrainlineLinkArity] link TWO joins 2 columns to 1 key attributes of shop.product");
  }

  @Test
  void ambiguousLinks() {
    JavaFileObject orders = ShopModel.orders("""
        static final Link DELIVERED = link(O.intCol("delivered_on")).to(Dates.DATE_ID).role("shipped");
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at("DELIVERED =", ".to("),
        "[GrainlineAmbiguousLinks] shop.orders links to shop.date more than once with the role shipped (SHIPPED,"
            + " DELIVERED); give each link its own role");
  }
}
