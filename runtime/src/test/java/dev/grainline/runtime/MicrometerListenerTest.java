package dev.grainline.runtime;

import static dev.grainline.runtime.shop.ShopFixture.REGION;
import static dev.grainline.runtime.shop.ShopFixture.SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grainline.QueryException;
import dev.grainline.runtime.shop.ShopFixture;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The listener hook is enough for Micrometer: a timer per outcome, tagged with the error id and plan-cache use. */
class MicrometerListenerTest {
  /** What a service would register: one timer per outcome, error id and plan-cache use. */
  static QueryListener timers(MeterRegistry registry) {
    return started -> finished -> {
      String outcome = switch (finished.outcome()) {
        case QueryFinished.Outcome.Success s -> "success";
        case QueryFinished.Outcome.Failure f -> "failure";
      };
      String error = switch (finished.outcome()) {
        case QueryFinished.Outcome.Success s -> "none";
        case QueryFinished.Outcome.Failure f -> f.errorId();
      };
      Timer.builder("grainline.query")
          .tag("outcome", outcome)
          .tag("error", error)
          .tag("plan_cache", finished.planCache().name())
          .register(registry)
          .record(finished.planning().plus(finished.execution()));
    };
  }

  @Test
  void aTimerPerOutcomeCountsEveryQuery() {
    MeterRegistry registry = new SimpleMeterRegistry();
    SemanticLayer layer = SemanticLayer.builder(ShopFixture.MODEL).dataSource(ShopFixture.engines().get(0))
        .listener(timers(registry)).build();
    for (String region : new String[] {"North", "South", "East"}) {
      layer.query(SALES).by(REGION).where(REGION.eq(region)).fetch();
    }
    assertThrows(QueryException.class, () -> layer.textQuery("shop.sales").by("shop.region.nam").fetch());

    Timer planned = registry.get("grainline.query").tags("outcome", "success", "plan_cache", "MISS").timer();
    Timer cached = registry.get("grainline.query").tags("outcome", "success", "plan_cache", "HIT").timer();
    Timer failed = registry.get("grainline.query").tags("outcome", "failure").timer();
    assertEquals(1, planned.count());
    assertEquals(2, cached.count());
    assertEquals(1, failed.count());
    assertEquals("GrainlineUnknownReference", failed.getId().getTag("error"));
    assertEquals(4, registry.get("grainline.query").timers().stream().mapToLong(Timer::count).sum());
    assertEquals(true, planned.totalTime(TimeUnit.NANOSECONDS) > 0);
  }
}
