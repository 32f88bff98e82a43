package dev.grainline.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grainline.runtime.shop.ShopFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a model says about itself beyond its metric and attribute lists (the command line's {@code list}). */
class CompiledModelTest {
  private final CompiledModel model = ShopFixture.MODEL;

  @Test
  void aMetricReachesItsFactAndWhatItLinksTo() {
    assertEquals(List.of("shop.day", "shop.region", "shop.sales"), model.reachableEntities("shop.revenue"));
    assertEquals(List.of("shop.day", "shop.region", "shop.visits"), model.reachableEntities("shop.visits"));
  }

  @Test
  void aMetricOfTwoFactsReachesOnlyWhatBothReach() {
    assertEquals(List.of("shop.day", "shop.region"), model.reachableEntities("shop.sales_per_visit"));
  }

  @Test
  void anUnknownMetricReachesNothing() {
    assertEquals(List.of(), model.reachableEntities("shop.no_such_metric"));
  }

  @Test
  void theSchemasItsTablesAreIn() {
    assertEquals(List.of("shop"), model.schemas());
  }
}
