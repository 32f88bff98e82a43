package dev.grainline.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;

import com.google.testing.compile.Compilation;
import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.NamedMetricQuery;
import dev.grainline.runtime.SemanticLayer;
import java.time.LocalDate;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Parameters of named queries: the catalog's method takes them, and each rule about them is a compile error at the
 * parameter (or the call) it is about. One test per rule.
 */
class NamedQueryParameterTest {

  @Test
  void theMethodTakesTheParametersInTheOrderTheyFirstAppear() throws ReflectiveOperationException {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery BY_STATUS = query(Orders.REVENUE).by(Product.CATEGORY)
            .where(Orders.STATUS.eq(param("status", String.class))
                .and(Dates.DAY.via("ordered").between(param("from", java.time.LocalDate.class),
                    param("to", java.time.LocalDate.class)))
                .and(Dates.DAY.via("shipped").ge(param("from", java.time.LocalDate.class))))
            .having(Orders.REVENUE.ge(param("min_revenue", Double.class)));
        """);
    Compilation compilation = compile(ShopModel.with(metrics));
    assertThat(compilation).succeededWithoutWarnings();
    String catalog = ProcessorTester.content(compilation.generatedSourceFile("shop.ShopCatalog").orElseThrow());
    // A name used twice is one parameter; a Double is a double, since a parameter is never NULL.
    assertThat(catalog).contains("public List<ByStatusRow> byStatus(String status, LocalDate from, LocalDate to,\n"
        + "      double minRevenue) {");

    Class<?> type = new CompiledClasses(compilation).loadClass("shop.ShopCatalog");
    CompiledModel model = (CompiledModel) type.getMethod("model").invoke(null);
    NamedMetricQuery query = SemanticLayer.offline(model, Dialect.POSTGRES).named("shop.by_status");
    assertThat(query.parameters()).containsExactly("status", String.class, "from", LocalDate.class,
        "to", LocalDate.class, "min_revenue", Double.class).inOrder();
    NamedMetricQuery year = query.bind("status", "completed").bind("from", LocalDate.of(2024, 1, 1))
        .bind("to", LocalDate.of(2024, 12, 31)).bind("min_revenue", 10.0);
    assertThat(year.bindValues())
        .containsAtLeast("completed", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 10.0).inOrder();
    // Other values, the same statement: the values are bound, never part of the SQL.
    NamedMetricQuery other = query.bind("status", "returned").bind("from", LocalDate.of(2023, 5, 1))
        .bind("to", LocalDate.of(2023, 6, 1)).bind("min_revenue", 0.5);
    assertThat(other.sql()).isEqualTo(year.sql());
    assertThat(other.bindValues()).doesNotContain("completed");
  }

  @Test
  void aParameterHasTheTypeOfWhatItIsComparedWith() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery IN_MONTH = query(Orders.REVENUE)
            .where(Dates.MONTH.via("ordered").eq(param("month", Long.class)));
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at("param("),
        "[GrainlineParamType] shop.date.month[ordered] = param(\"month\"): parameter month is Long, but"
            + " shop.date.month[ordered] is Integer; declare it param(\"month\", Integer.class)");
  }

  @Test
  void aParameterInHavingHasTheTypeOfTheMetric() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery BIG = query(Orders.REVENUE).by(Product.CATEGORY)
            .having(Orders.REVENUE.gt(param("min", Long.class)));
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at("param("),
        "[GrainlineParamType] shop.revenue > param(\"min\"): parameter min is Long, but shop.revenue is Double;"
            + " declare it param(\"min\", Double.class)");
  }

  @Test
  void aNameIsOneParameterOfOneType() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery EITHER = query(Orders.REVENUE)
            .where(Orders.STATUS.eq(param("x", String.class))
                .or(Dates.MONTH.via("ordered").eq(param("x", Integer.class))));
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at("param(\"x\", Integer"),
        "[GrainlineParamType] param(\"x\"): parameter x is Integer here but String where it is used first; a name"
            + " stands for one parameter of one type");
  }

  @Test
  void aParameterOutsideANamedQueryHasNoValue() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> SOME_REVENUE =
            sum(PRICE).filter(STATUS.eq(param("status", String.class)));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at("param("),
        "[GrainlineParamPlace] param(\"status\"): a parameter gets its value when a named query runs, so it may be"
            + " used only in the where and having conditions of a named query");
  }

  @Test
  void aParameterNameIsAnIdentifier() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery IN_MONTH = query(Orders.REVENUE)
            .where(Dates.MONTH.via("ordered").eq(param("the month", Integer.class)));
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at("param("),
        "[GrainlineParamName] param(\"the month\"): a parameter's name is an identifier");
  }

  @Test
  void aParameterIsOfAModelValueType() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final NamedQuery IN_MONTH = query(Orders.REVENUE)
            .where(Dates.MONTH.via("ordered").eq(param("month", Number.class)));
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at("param("),
        "[GrainlineParamType] param(\"month\", Number.class): a parameter is of a model value type");
  }
}
