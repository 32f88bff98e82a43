package dev.grainline.internal.model.query;

import static dev.grainline.internal.model.query.Queries.*;
import static dev.grainline.internal.model.testing.Shop.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grainline.QueryException;
import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each bound on a query, just inside and just outside it. */
class QueryLimitsTest {
  private static String rejection(QuerySpec spec) {
    QueryException error = assertThrows(QueryException.class, () -> QueryLimits.check(spec));
    assertEquals(1, error.errors().size());
    return error.getMessage();
  }

  /** A filter {@code depth} levels deep: a comparison of two leaves is two. */
  private static Node nested(int depth) {
    Node node = eq(ref("t.product", "category"), "Books");
    for (int i = 2; i < depth; i++) {
      node = new Node.Not(node);
    }
    return node;
  }

  private static Node conjunction(int conditions) {
    return new Node.And(IntStream.range(0, conditions).<Node>mapToObj(i -> eq(ref("t.date", "year", "order"), i))
        .toList());
  }

  @Test
  void atMostAThousandMetricsDimensionsAndOrderByKeys() {
    List<String> metrics = Collections.nCopies(QueryLimits.MAX_PARTS, "t.revenue");
    QueryLimits.check(query(metrics, List.of()));
    List<String> over = new ArrayList<>(metrics);
    over.add("t.revenue");
    assertEquals("[GrainlineInputTooLarge] a query has at most 1,000 metrics, this one has 1,001",
        rejection(query(over, List.of())));
    assertEquals("[GrainlineInputTooLarge] a query has at most 1,000 dimensions, this one has 1,001",
        rejection(query(List.of("t.revenue"), Collections.nCopies(1_001, ref("t.product", "category")))));
    SortKey key = new SortKey(metric("t.revenue"), false, false);
    assertEquals("[GrainlineInputTooLarge] a query has at most 1,000 ORDER BY keys, this one has 1,001",
        rejection(orderBy(query(List.of("t.revenue"), List.of()), Collections.nCopies(1_001, key)
            .toArray(SortKey[]::new))));
  }

  @Test
  void aNameIsAtMost256CharactersRolePathIncluded() {
    String name = "t." + "m".repeat(QueryLimits.MAX_NAME_LENGTH - 2);
    QueryLimits.check(query(List.of(name), List.of()));
    assertEquals("[GrainlineInputTooLarge] a metric name is at most 256 characters long, this one has 257"
        + " (t.mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm...)", rejection(query(List.of(name + "m"), List.of())));
    // "t.date." + 240 + "[order]" is 254 characters; "[order->x]" makes 257.
    String attribute = "a".repeat(240);
    QueryLimits.check(query(List.of("t.revenue"), List.of(ref("t.date", attribute, "order"))));
    assertEquals("[GrainlineInputTooLarge] a dimension name is at most 256 characters long, this one has 257"
        + " (t.date.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...)",
        rejection(query(List.of("t.revenue"), List.of(ref("t.date", attribute, "order", "x")))));
  }

  @Test
  void aFilterNestsAtMostAHundredLevels() {
    QueryLimits.check(where(query(List.of("t.revenue"), List.of()), nested(QueryLimits.MAX_DEPTH)));
    assertEquals("[GrainlineFilterTooDeep] the where filter nests 101 levels deep; at most 100 are allowed (a chain"
        + " of ANDs, ORs, + or * is one level)", rejection(where(query(List.of("t.revenue"), List.of()), nested(101))));
    assertEquals("[GrainlineFilterTooDeep] the having filter nests 101 levels deep; at most 100 are allowed (a"
        + " chain of ANDs, ORs, + or * is one level)",
        rejection(having(query(List.of("t.revenue"), List.of()), nested(101))));
  }

  @Test
  void aConjunctionJoinsAtMostAThousandConditions() {
    QueryLimits.check(where(query(List.of("t.revenue"), List.of()), conjunction(QueryLimits.MAX_CONJUNCTION)));
    assertEquals("[GrainlineInputTooLarge] the where filter ANDs 1,001 conditions; one conjunction joins at most"
        + " 1,000 (a list of values is in(...) or notIn(...))",
        rejection(where(query(List.of("t.revenue"), List.of()), conjunction(1_001))));
  }
}
