package dev.grainline.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.DimensionRef;
import dev.grainline.runtime.MetricRef;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What the generated catalog does when loaded: it builds the model from the definition fields themselves, with the
 * assembler that validated them at compile time; and its names stay unique when the model's names collide.
 * (Queries are not run here: that is the runtime's business.)
 */
class GeneratedCatalogTest {

  @Test
  void theCatalogAssemblesTheModelFromTheFieldsAtRunTime() throws ReflectiveOperationException {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Metric<Double> AVG_ORDER_VALUE = Orders.REVENUE.div(Orders.ORDER_COUNT);
        public static final NamedQuery BY_MONTH = query(Orders.REVENUE).by(Dates.MONTH.via("ordered"));
        """);
    Compilation compilation = ProcessorTester.compile(ShopModel.with(metrics));
    assertThat(compilation).succeededWithoutWarnings();

    Class<?> catalog = new CompiledClasses(compilation).loadClass("shop.ShopCatalog");
    CompiledModel model = (CompiledModel) catalog.getMethod("model").invoke(null);
    assertThat(model.name()).isEqualTo("ShopCatalog");
    assertThat(model.metrics().stream().map(CompiledModel.MetricInfo::name).toList())
        .containsExactly("shop.revenue", "shop.order_count", "shop.avg_order_value", "shop.visit_count").inOrder();
    assertThat(model.namedQueries()).containsExactly("shop.by_month");

    MetricRef<?> revenue = (MetricRef<?>) catalog.getField("REVENUE").get(null);
    assertThat(revenue.name()).isEqualTo("shop.revenue");
    assertThat(revenue.type()).isEqualTo(Double.class);
    DimensionRef<?> month = (DimensionRef<?>) catalog.getField("DATE_MONTH_ORDERED").get(null);
    assertThat(month.name()).isEqualTo("shop.date.month[ordered]");
    assertThat(catalog.getMethod("byMonth").getReturnType()).isEqualTo(java.util.List.class);
  }

  @Test
  void namesThatWouldCollideAreToldApartDeterministically() {
    JavaFileObject orders = ShopModel.orders("""
        @Name("product_name")
        public static final Measure<Long> PRODUCTS_SOLD = countDistinct(PRODUCT_ID);
        @Name("hash_code")
        public static final Measure<Long> HASHES = count(ORDER_ID);
        @Name("name")
        public static final Attribute<String> LABEL = attribute(O.textCol("label"));
        """);
    JavaFileObject metrics = ShopModel.metrics("""
        @Name("query")
        public static final NamedQuery NAMES = query(Orders.REVENUE, Orders.HASHES).by(Product.NAME, Orders.LABEL);
        """);
    Compilation compilation = ProcessorTester.compile(ShopModel.with(orders, metrics));
    assertThat(compilation).succeededWithoutWarnings();
    String catalog = ProcessorTester.content(compilation.generatedSourceFile("shop.ShopCatalog").orElseThrow());
    // Metrics claim names first; the product's attribute then takes its qualified name.
    assertThat(catalog).contains(
        "public static final MetricRef<Long> PRODUCT_NAME = MetricRef.of(\"shop.product_name\", Long.class);");
    assertThat(catalog).contains("public static final DimensionRef<String> SHOP_PRODUCT_NAME = "
        + "DimensionRef.of(\"shop.product\", \"name\", String.class);");
    assertThat(catalog).contains("public static final DimensionRef<String> ORDERS_NAME = ");
    // query() is the catalog's own method; hashCode cannot name a record component.
    assertThat(catalog).contains("public List<QueryRow> queryRows() {");
    assertThat(catalog).contains(
        "public record QueryRow(String name, String ordersName, Double revenue, Long shopHashCode) {");
    assertThat(catalog).contains("row.get(SHOP_PRODUCT_NAME),\n        row.get(ORDERS_NAME),");
  }
}
