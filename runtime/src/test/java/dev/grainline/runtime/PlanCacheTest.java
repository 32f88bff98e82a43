package dev.grainline.runtime;

import static dev.grainline.runtime.shop.ShopFixture.REGION;
import static dev.grainline.runtime.shop.ShopFixture.REVENUE;
import static dev.grainline.runtime.shop.ShopFixture.SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.runtime.shop.ShopFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Queries of one shape share one plan; their values travel as bind values, never inside the SQL text. */
class PlanCacheTest {
  private static SemanticLayer layer() {
    return SemanticLayer.create(ShopFixture.MODEL, ShopFixture.engines().get(0));
  }

  @Test
  void aRepeatedShapeWithNewValuesReusesThePlan() {
    SemanticLayer layer = layer();
    TypedQuery north = layer.query(REVENUE).by(REGION).where(REGION.eq("North")).limit(5);
    TypedQuery south = layer.query(REVENUE).by(REGION).where(REGION.eq("South")).limit(1);
    assertEquals(north.sql(), south.sql());
    assertEquals(List.of("North", 5L), north.bindValues());
    assertEquals(List.of("South", 1L), south.bindValues());
    assertEquals(1L, layer.planStats().planned());
    assertEquals(3L, layer.planStats().reused());
    assertEquals(List.of("North"), north.fetch().rows().stream().map(r -> r.get(REGION)).toList());
  }

  @Test
  void aCacheOfSizeZeroPlansEveryQuery() {
    SemanticLayer layer = SemanticLayer.builder(ShopFixture.MODEL).dataSource(ShopFixture.engines().get(0))
        .planCacheSize(0).build();
    for (int i = 0; i < 200; i++) {
      layer.query(REVENUE).by(REGION).where(REGION.eq("North")).sql();
    }
    assertEquals(new PlanStats(200, 0), layer.planStats());
  }

  @Test
  void valuesNeverBecomeSqlText() {
    SemanticLayer layer = layer();
    String hostile = "North' OR 1=1 --";
    TypedQuery query = layer.query(REVENUE).by(REGION).where(REGION.eq(hostile)).having(REVENUE.gt(0.5));
    assertFalse(query.sql().contains("OR 1=1"));
    assertFalse(query.sql().contains("0.5"));
    assertEquals(List.of(hostile, 0.5), query.bindValues());
    assertTrue(query.fetch().rows().isEmpty());
  }

  @Test
  void sharedBetweenThreads() throws Exception {
    SemanticLayer layer = layer();
    List<String> regions = List.of("North", "South", "East");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        String region = regions.get(i % regions.size());
        results.add(pool.submit(() -> {
          Result result = layer.query(SALES).by(REGION).where(REGION.eq(region)).fetch();
          return result.rows().isEmpty() ? 0L : result.rows().get(0).get(SALES);
        }));
      }
      for (int i = 0; i < results.size(); i++) {
        long expected = switch (regions.get(i % regions.size())) {
          case "North" -> 4L;
          case "South" -> 3L;
          default -> 0L;
        };
        assertEquals(expected, results.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1L, layer.planStats().planned());
  }
}
