package dev.grainline.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.runtime.Dialect;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link TrinoExecution} end to end on a small data set and one round: Trino starts, the data loads (with its
 * days spread over a year), every case's generated and hand-written SQL agree, and each is timed once. Tagged slow:
 * starting Trino and loading costs about half a minute, so the inner loop (-Pquick) leaves it to the full build.
 */
@Tag("slow")
class TrinoExecutionSmokeTest {
  @Test
  void everyCaseAgreesAndIsTimedOnTrino() throws Exception {
    StringWriter log = new StringWriter();
    List<SqlExecutionBenchmark.Measured> measured = TrinoExecution.run(new String[] {"--orders", "2000",
        "--warmups", "0", "--runs", "1", "--schema", "v3_smoke", "--memory", "1GB"}, new PrintWriter(log));
    assertEquals(List.of(ExecutionCase.values()),
        measured.stream().map(SqlExecutionBenchmark.Measured::executionCase).toList(), log.toString());
    for (SqlExecutionBenchmark.Measured m : measured) {
      assertEquals(Dialect.TRINO, m.engine());
      assertTrue(m.rows() > 0, m.executionCase().toString());
      for (SqlExecutionBenchmark.Variant variant : List.of(SqlExecutionBenchmark.Variant.GENERATED,
          SqlExecutionBenchmark.Variant.HAND_WRITTEN)) {
        assertTrue(m.median(variant) > 0, m.executionCase() + " " + variant);
      }
    }
    assertTrue(log.toString().contains("| trino | TRAILING_28D_REVENUE_BY_DAY |"), log.toString());
  }
}
