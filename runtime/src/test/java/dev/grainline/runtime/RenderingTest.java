package dev.grainline.runtime;

import static dev.grainline.runtime.shop.ShopFixture.REGION;
import static dev.grainline.runtime.shop.ShopFixture.REVENUE;
import static dev.grainline.runtime.shop.ShopFixture.SALES;
import static dev.grainline.runtime.shop.ShopFixture.VISITS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grainline.internal.model.query.QueryResolver;
import dev.grainline.runtime.internal.execution.Parameterizer;
import dev.grainline.runtime.internal.planning.Evaluation;
import dev.grainline.runtime.internal.planning.Planner;
import dev.grainline.runtime.internal.plan.Output;
import dev.grainline.runtime.internal.rendering.SqlRenderer;
import dev.grainline.runtime.shop.ShopFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SQL the renderer derives from its one named rendering is exactly what jOOQ renders with ? placeholders, for
 * queries with definition constants, query values (including text that looks like a placeholder) and a limit.
 */
class RenderingTest {
  @ParameterizedTest
  @EnumSource(Dialect.class)
  void placeholdersAreThoseOfAnIndexedRendering(Dialect dialect) {
    SemanticLayer offline = SemanticLayer.offline(ShopFixture.MODEL, dialect);
    List<TypedQuery> queries = List.of(
        offline.query(REVENUE).by(REGION).where(REGION.in("North", "it's ':p1'")).limit(3),
        offline.query(REVENUE, VISITS).by(REGION).having(SALES.gt(2L).or(REVENUE.lt(1.5))).orderBy(REVENUE.desc()),
        offline.query(SALES, VISITS));
    SqlRenderer renderer = new SqlRenderer(dialect, Map.of());
    Planner planner = new Planner(CatalogSupport.modelOf(ShopFixture.MODEL));
    QueryResolver resolver = new QueryResolver(CatalogSupport.modelOf(ShopFixture.MODEL));
    for (TypedQuery query : queries) {
      for (var spec : List.of(query.spec(), Parameterizer.of(query.spec()).shape())) {
        Output plan = planner.plan(resolver.resolve(spec).query().orElseThrow(), Evaluation.TERMINAL);
        assertEquals(renderer.renderSql(renderer.query(plan)), renderer.render(plan).sql());
      }
    }
    assertEquals(List.of("North", "it's ':p1'", 3L), queries.get(0).bindValues());
  }
}
