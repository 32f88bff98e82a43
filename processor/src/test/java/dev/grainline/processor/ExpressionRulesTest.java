package dev.grainline.processor;

import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Types and levels of expressions: one test per rule, each asserting the message and where javac shows it. */
class ExpressionRulesTest {

  @Test
  void typeMismatchSummingText() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Long> STATUS_SUM = sum(STATUS);
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at("sum(STATUS)"),
        "[GrainlineTypeMismatch] sum(orders.status): sum needs numbers, not text values");
  }

  @Test
  void typeMismatchComparingADateWithAnInteger() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> LATE_REVENUE = sum(PRICE).filter(O.dateCol("due_on").gt(QUANTITY));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".gt(QUANTITY)"),
        "[GrainlineTypeMismatch] orders.due_on > orders.quantity: cannot compare date with integer (>)");
  }

  @Test
  void nestedAggregate() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Measure<Double> SUM_OF_REVENUE = sum(REVENUE);
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at("SUM_OF_REVENUE", "REVENUE)"),
        "[GrainlineNestedAggregate] sum(shop.revenue): an aggregate cannot contain another aggregate"
            + " (shop.revenue)");
  }

  @Test
  void unaggregatedColumn() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Metric<Double> REVENUE_PLUS_PRICE = REVENUE.plus(PRICE);
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at("REVENUE_PLUS_PRICE", "PRICE)"),
        "[GrainlineUnaggregatedColumn] metric shop.revenue_plus_price uses orders.price outside an aggregate;"
            + " aggregate it, for example max(orders.price)");
  }

  @Test
  void aggregateInRowExpression() {
    JavaFileObject orders = ShopModel.orders("""
        public static final Attribute<Double> WEIGHTED = attribute(PRICE.times(REVENUE));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at("WEIGHTED", "REVENUE)"),
        "[GrainlineAggregateInRowExpression] attribute shop.orders.weighted is evaluated row by row but contains"
            + " the aggregate shop.revenue");
  }

  @Test
  void mixedFacts() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Measure<Double> MIXED = sum(Orders.PRICE.times(Visits.DURATION));
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at("sum("),
        "[GrainlineMixedFacts] sum((orders.price * visits.duration)) reads rows of shop.orders and shop.visits; an"
            + " aggregate reads the rows of one fact, so combine metrics of different facts instead");
  }

  @Test
  void unknownFact() {
    JavaFileObject metrics = ShopModel.metrics("""
        public static final Measure<Long> ROWS = count();
        """);
    assertOnlyError(compile(ShopModel.with(metrics)), metrics, at("count()"),
        "[GrainlineUnknownFact] count() reads no column, so the fact it counts is unknown; declare it in the"
            + " fact's class");
  }
}
