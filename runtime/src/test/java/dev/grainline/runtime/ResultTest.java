package dev.grainline.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.SqlType;
import dev.grainline.runtime.shop.ShopFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a result and a plan print when a developer logs them. */
class ResultTest {
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("shop.region.name", ResultColumn.Kind.DIMENSION, SqlType.TEXT),
      new ResultColumn("shop.revenue", ResultColumn.Kind.METRIC, SqlType.DOUBLE));
  private static final Map<String, Integer> INDEX = Map.of("shop.region.name", 0, "shop.revenue", 1);

  @Test
  void aResultPrintsAsATableWithNullsNamed() {
    Result result = new Result(COLUMNS, List.of(
        new Row(INDEX, new Object[] {"North", 1250.5}),
        new Row(INDEX, new Object[] {null, 3.0})));
    assertEquals("""
        Result (2 rows)
        shop.region.name | shop.revenue
        North            | 1250.5
        NULL             | 3.0""", result.toString());
  }

  @Test
  void aLongResultShowsItsFirstTwentyRows() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      rows.add(new Row(INDEX, new Object[] {"r" + i, (double) i}));
    }
    String[] lines = new Result(COLUMNS, rows).toString().split("\n");
    assertEquals("Result (25 rows)", lines[0]);
    assertEquals(1 + 1 + 20 + 1, lines.length);
    assertEquals("r19              | 19.0", lines[21]);
    assertEquals("... 5 more rows", lines[22]);
  }

  @Test
  void anEmptyResultPrintsItsHeader() {
    assertEquals("Result (0 rows)\nshop.region.name | shop.revenue", new Result(COLUMNS, List.of()).toString());
  }

  @Test
  void aPlanPrintsAsExplainShowsIt() {
    SemanticLayer layer = SemanticLayer.offline(ShopFixture.MODEL, Dialect.POSTGRES);
    Explanation explanation = layer.query(ShopFixture.REVENUE)
        .by(ShopFixture.REGION).explain();
    assertEquals(explanation.render(), explanation.toString());
    assertTrue(explanation.toString().startsWith("grain group "), explanation.toString());
  }
}
