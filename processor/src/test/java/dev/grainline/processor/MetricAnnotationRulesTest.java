package dev.grainline.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;
import static dev.grainline.processor.ProcessorTester.source;

import com.google.testing.compile.Compilation;
import dev.grainline.runtime.CompiledModel;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Metric} on base metrics and {@code @Derived} on metrics built from other metrics, in the form the design
 * card asks for: one test per rule, and the card's own definition compiled nearly verbatim.
 */
class MetricAnnotationRulesTest {
  private static final String IMPORTS = """
      package saas;

      import static dev.grainline.dsl.Grainline.*;

      import dev.grainline.dsl.*;
      """;

  private static JavaFileObject packageInfo() {
    return source("saas.package-info", """
        @SemanticModel(catalog = "SaasCatalog", namespace = "saas")
        package saas;

        import dev.grainline.dsl.SemanticModel;
        """);
  }

  /** A calendar named as the card writes it: {@code date.week}. */
  private static JavaFileObject date() {
    return source("saas.date", IMPORTS + """
        import java.time.LocalDate;

        @Dimension("saas.date")
        public final class date {
          static final Table D = table("saas.dates");
          static final Column<LocalDate> DAY = D.dateCol("day");

          public static final Attribute<LocalDate> day = key(DAY);
          public static final Attribute<Integer> week = attribute(D.intCol("week")).periodOf(TimeGrain.WEEK, DAY);
        }
        """);
  }

  private static JavaFileObject invoices(String members) {
    return source("saas.Invoices", IMPORTS + """
        import dev.grainline.dsl.annotation.Derived;

        @Fact("saas.invoices")
        public final class Invoices {
          static final Table I = table("saas.invoices");
          public static final Attribute<Integer> invoice_id = key(I.intCol("invoice_id"));
          static final Link issued = link(I.dateCol("issued_on")).to(date.day);

          public static final Measure<Double> revenue = sum(I.doubleCol("amount"));
        """ + members + "}\n");
  }

  private static JavaFileObject tickets(String members) {
    return source("saas.Tickets", IMPORTS + """
        import dev.grainline.dsl.annotation.Metric;

        @Fact("saas.tickets")
        public final class Tickets {
          static final Table T = table("saas.tickets");
          public static final Attribute<Integer> ticket_id = key(T.intCol("ticket_id"));
          static final Link opened = link(T.dateCol("opened_on")).to(date.day);

          @Metric public static final Measure<Long> tickets = count();
        """ + members + "}\n");
  }

  private static Compilation compileModel(JavaFileObject invoices, JavaFileObject tickets) {
    return compile(List.of(packageInfo(), date(), invoices, tickets));
  }

  @Test
  void theDesignCardsDerivedMetricCompilesAsWritten() throws ReflectiveOperationException {
    Compilation compilation = compileModel(invoices("""
          @Derived public static final Metric<Double> wow = lag(revenue).over(date.week);
        """), tickets(""));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledModel model = (CompiledModel) new CompiledClasses(compilation).loadClass("saas.SaasCatalog")
        .getMethod("model").invoke(null);
    assertThat(model.metrics().stream().map(CompiledModel.MetricInfo::name).toList())
        .containsExactly("saas.revenue", "saas.wow", "saas.tickets");
  }

  @Test
  void aMetricAnnotationOnAMetricBuiltFromOthersSaysToUseDerived() {
    // Beside the Metric type, the annotation is written by its full name.
    JavaFileObject invoices = invoices("""
          @dev.grainline.dsl.annotation.Metric
          public static final Metric<Double> revenue_per_ticket = revenue.div(Tickets.tickets);
        """);
    assertOnlyError(compileModel(invoices, tickets("")), invoices, at("revenue.div"),
        "[GrainlineMetricAnnotation] metric saas.revenue_per_ticket is annotated @Metric but is built from other"
            + " metrics (saas.revenue, saas.tickets); annotate it @Derived");
  }

  @Test
  void aDerivedAnnotationOnAMetricThatAggregatesSaysToUseMetric() {
    JavaFileObject invoices = invoices("""
          @Derived public static final Metric<Double> average = revenue.div(count());
        """);
    assertOnlyError(compileModel(invoices, tickets("")), invoices, at("count())"),
        "[GrainlineMetricAnnotation] metric saas.average is annotated @Derived but aggregates columns itself"
            + " (count()); annotate it @Metric, or declare the aggregate as a metric of its own and use that");
  }

  @Test
  void bothAnnotationsOnOneMetricAreAnError() {
    JavaFileObject tickets = tickets("""
          @Metric @dev.grainline.dsl.annotation.Derived
          public static final Measure<Long> closed = count().filter(T.textCol("state").eq("closed"));
        """);
    assertOnlyError(compileModel(invoices(""), tickets), tickets, at("closed ="),
        "[GrainlineMetricAnnotation] Tickets.closed is annotated both @Metric and @Derived; a metric is one or the"
            + " other");
  }

  @Test
  void aMetricAnnotationOnAnAttributeIsAnError() {
    JavaFileObject tickets = tickets("""
          @Metric public static final Attribute<String> state = attribute(T.textCol("state"));
        """);
    assertOnlyError(compileModel(invoices(""), tickets), tickets, at("state ="),
        "[GrainlineMetricAnnotation] @Metric on Tickets.state, which declares no metric; only metric fields take"
            + " @Metric or @Derived");
  }
}
