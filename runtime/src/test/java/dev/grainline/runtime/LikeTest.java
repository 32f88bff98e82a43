package dev.grainline.runtime;

import static dev.grainline.runtime.marks.MarksFixture.LABEL;
import static dev.grainline.runtime.marks.MarksFixture.LABEL_COUNT;
import static dev.grainline.runtime.marks.MarksFixture.LIKE_A_B_C;
import static dev.grainline.runtime.marks.MarksFixture.LIKE_FIFTY_PERCENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LIKE patterns that escape select the same labels on every engine (MarksFixture's labels): a backslash escapes
 * {@code %}, {@code _} and itself, and before any other character stands for nothing, as PostgreSQL and DuckDB read
 * it; Trino would reject it, so the pattern reaches SQL without it, from a query and from a definition alike.
 */
class LikeTest {
  private static final String LAYERS = "dev.grainline.runtime.marks.MarksFixture#layers";

  private static Set<String> labels(SemanticLayer layer, String pattern) {
    Set<String> labels = new TreeSet<>();
    layer.query(LABEL_COUNT).by(LABEL).where(LABEL.like(pattern)).fetch().rows()
        .forEach(r -> labels.add(r.get(LABEL)));
    return labels;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void escapesSelectTheSameLabelsOnEveryEngine(String engine, SemanticLayer layer) {
    assertEquals(Set.of("abc"), labels(layer, "a\\bc"));
    assertEquals(Set.of("50%"), labels(layer, "50\\%"));
    assertEquals(Set.of("a_b"), labels(layer, "a\\_b"));
    assertEquals(Set.of("\\"), labels(layer, "\\\\"));
    assertEquals(Set.of("a\\bc"), labels(layer, "a\\\\bc"));
    assertEquals(Set.of("abc", "a\\bc", "a_b", "axb"), labels(layer, "%\\b%"));
    assertEquals(Set.of("a_b", "axb"), labels(layer, "a_b"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void aDefinitionsPatternIsReadAlikeToo(String engine, SemanticLayer layer) {
    List<Object> row = layer.query(LIKE_A_B_C, LIKE_FIFTY_PERCENT).fetch().rows().get(0).values();
    assertEquals(List.of(1L, 1L), row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(LAYERS)
  void theTextApiBindsTheSamePattern(String engine, SemanticLayer layer) {
    List<List<Object>> rows = layer.textQuery("marks.label_count").by("marks.labels.label")
        .where("marks.labels.label LIKE 'a\\bc'").fetch().rows().stream().map(Row::values).toList();
    assertEquals(List.of(List.of("abc", 1L)), rows);
  }
}
