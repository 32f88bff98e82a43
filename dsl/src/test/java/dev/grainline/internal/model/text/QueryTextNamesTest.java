package dev.grainline.internal.model.text;

import static dev.grainline.internal.model.text.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.query.QueryProblem;
import dev.grainline.internal.model.query.QueryResolver;
import dev.grainline.internal.model.query.QuerySpec;
import dev.grainline.internal.model.validation.Message;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name resolution (metric or attribute, entity and attribute, role paths), dimensions and ORDER BY lists. */
class QueryTextNamesTest {
  static Node reference(String text) {
    Comparison comparison = assertInstanceOf(Comparison.class, QueryText.filter(text + " = 1", TestStore.MODEL).value());
    return comparison.left();
  }

  @Nested
  class Resolution {
    @ParameterizedTest
    @CsvSource({
        "v3.total_revenue",
        "v3.avg_order_value",
        "v3.product.revenue"})
    void metricNamesAreMetrics(String name) {
      assertEquals(metric(name), reference(name));
    }

    @ParameterizedTest
    @CsvSource({
        "v3.product.category,        v3.product,        category",
        "v3.order_details.status,    v3.order_details,  status",
        "v3.date.week,               v3.date,           week",
        "v3.date.fiscal.fiscal_year, v3.date.fiscal,    fiscal_year",
        "v3.date.fiscal.week,        v3.date.fiscal,    week"})
    void attributesBelongToTheLongestEntityTheyStartWith(String name, String entity, String attribute) {
      assertEquals(attr(entity, attribute), reference(name));
    }

    @ParameterizedTest
    @CsvSource({
        "v3.nope.thing,             v3.nope,             thing",
        "v3.total_revenu,           v3,                  total_revenu",
        "v3.product.category.extra, v3.product.category, extra",
        "V3.PRODUCT.CATEGORY,       V3.PRODUCT,          CATEGORY",
        "status,                    '',                  status"})
    void unknownNamesSplitAtTheirLastDotForTheResolverToReport(String name, String entity, String attribute) {
      assertEquals(attr(entity, attribute), reference(name));
    }

    @Test
    void rolePaths() {
      assertEquals(attr("v3.date", "week", "order"), reference("v3.date.week[order]"));
      assertEquals(attr("v3.location", "country", "customer", "home"),
          reference("v3.location.country[customer->home]"));
      assertEquals(attr("v3.location", "country", "customer", "home"),
          reference("v3.location.country [ customer -> home ]"));
      assertEquals(attr("v3.date", "week", "in", "Order"), reference("v3.date.week[in->Order]"));
      assertEquals(new RolePath(List.of("customer", "home")),
          ((AttributeRef) reference("v3.location.country[customer->home]")).rolePath().orElseThrow());
    }

    @Test
    void theResolverReportsUnknownNamesAtTheSpansTheParserRecorded() {
      String where = "v3.product.category = 'Books' AND v3.product.categroy = 'Music'";
      Parsed<Node> parsed = QueryText.filter(where, TestStore.MODEL);
      QuerySpec spec = new QuerySpec(List.of("v3.total_revenue"), List.of(), Optional.of(parsed.value()),
          Optional.empty(), List.of(), OptionalLong.empty());
      List<QueryProblem> problems = new QueryResolver(TestStore.MODEL).resolve(spec).problems();
      assertEquals(1, problems.size(), problems::toString);
      QueryProblem problem = problems.get(0);
      assertEquals(Message.UNKNOWN_REFERENCE, problem.message());
      assertTrue(problem.text().contains("did you mean v3.product.category"), problem.text());
      Node node = assertInstanceOf(QueryProblem.Subject.InWhere.class, problem.subject()).node();
      Span span = parsed.span(node).orElseThrow();
      assertEquals("v3.product.categroy", where.substring(span.start(), span.end()));
    }
  }

  @Nested
  class Dimensions {
    @Test
    void aDimensionIsOneAttributeReference() {
      Parsed<AttributeRef> parsed = QueryText.dimension("  v3.date.week[order] ", TestStore.MODEL);
      assertEquals(attr("v3.date", "week", "order"), parsed.value());
      assertEquals(new Span(2, 21), parsed.span(parsed.value()).orElseThrow());
      assertEquals(new Span(14, 21), parsed.span(parsed.value().rolePath().orElseThrow()).orElseThrow());
    }

    @Test
    void unknownDimensionsAreLeftToTheResolver() {
      assertEquals(attr("v3.product", "colour"), QueryText.dimension("v3.product.colour", TestStore.MODEL).value());
      assertEquals(attr("", "category"), QueryText.dimension("category", TestStore.MODEL).value());
    }
  }

  @Nested
  class OrderBy {
    List<SortKey> keys(String text) {
      return QueryText.orderBy(text, TestStore.MODEL).value();
    }

    @Test
    void defaultsAreAscendingWithNullsLast() {
      assertEquals(List.of(new SortKey(metric("v3.total_revenue"), false, false)), keys("v3.total_revenue"));
    }

    @Test
    void directionsAndNullOrder() {
      assertEquals(List.of(
              new SortKey(metric("v3.total_revenue"), true, false),
              new SortKey(attr("v3.product", "category"), false, false),
              new SortKey(attr("v3.date", "week", "order"), false, true),
              new SortKey(attr("v3.location", "country", "customer", "home"), true, false),
              new SortKey(attr("v3.date", "year"), false, true)),
          keys("v3.total_revenue desc, v3.product.category ASC, v3.date.week[order] NULLS FIRST,"
              + " v3.location.country[customer->home] Desc Nulls Last, v3.date.year asc nulls first"));
    }

    @Test
    void sortKeysSpanTheirItems() {
      String text = "v3.total_revenue DESC NULLS FIRST , v3.date.week[order]";
      Parsed<List<SortKey>> parsed = QueryText.orderBy(text, TestStore.MODEL);
      SortKey first = parsed.value().get(0);
      SortKey second = parsed.value().get(1);
      assertEquals(new Span(0, 33), parsed.span(first).orElseThrow());
      assertEquals(new Span(0, 16), parsed.span(first.expr()).orElseThrow());
      assertEquals(new Span(36, 55), parsed.span(second).orElseThrow());
      assertEquals(new Span(36, 55), parsed.span(second.expr()).orElseThrow());
    }
  }
}
