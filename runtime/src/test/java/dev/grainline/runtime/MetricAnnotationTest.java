package dev.grainline.runtime;

import static dev.grainline.dsl.Grainline.count;
import static dev.grainline.dsl.Grainline.key;
import static dev.grainline.dsl.Grainline.sum;
import static dev.grainline.dsl.Grainline.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grainline.DefinitionException;
import dev.grainline.dsl.Attribute;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Measure;
import dev.grainline.dsl.Metric;
import dev.grainline.dsl.Table;
import dev.grainline.dsl.annotation.Derived;
import org.junit.jupiter.api.Test;

/** A model built without the processor checks @Metric and @Derived by the same rule the processor runs. */
class MetricAnnotationTest {
  @Fact("a.sales")
  static final class Sales {
    static final Table S = table("a.sales");
    public static final Attribute<Integer> SALE_ID = key(S.intCol("sale_id"));
    @dev.grainline.dsl.annotation.Metric
    public static final Measure<Double> REVENUE = sum(S.doubleCol("amount"));
    @Derived
    public static final Metric<Double> AVERAGE = REVENUE.div(count());
  }

  @Test
  void aDerivedMetricThatAggregatesIsRejectedAtRunTimeToo() {
    DefinitionException e = assertThrows(DefinitionException.class,
        () -> CompiledModel.ofClasses("A", "a", Sales.class));
    assertEquals("GrainlineMetricAnnotation", e.id());
    assertEquals("MetricAnnotationTest$Sales.AVERAGE: [GrainlineMetricAnnotation] metric a.average is annotated"
        + " @Derived but aggregates columns itself (count()); annotate it @Metric, or declare the aggregate as a metric"
        + " of its own and use that", e.getMessage());
  }
}
