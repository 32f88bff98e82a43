package dev.grainline.runtime;

import static dev.grainline.runtime.shop.ShopFixture.MONTH;
import static dev.grainline.runtime.shop.ShopFixture.REGION;
import static dev.grainline.runtime.shop.ShopFixture.REVENUE;
import static dev.grainline.runtime.shop.ShopFixture.SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grainline.DefinitionException;
import dev.grainline.QueryException;
import dev.grainline.runtime.shop.ShopFixture;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An argument the API cannot take is a QueryException [GrainlineInvalidValue] naming the call and the parameter,
 * thrown by that call: never a NullPointerException, IllegalArgumentException or ClassCastException from inside.
 */
class ArgumentTest {
  private static final SemanticLayer LAYER = SemanticLayer.offline(ShopFixture.MODEL, Dialect.POSTGRES);

  private static Arguments misuse(String message, Executable call) {
    return Arguments.of(message, call);
  }

  static Stream<Arguments> misuses() {
    SemanticLayer.Builder builder = SemanticLayer.builder(ShopFixture.MODEL);
    TypedQuery typed = LAYER.query(REVENUE);
    TextQuery text = LAYER.textQuery("shop.revenue");
    Row row = new Row(java.util.Map.of("shop.revenue", 0), new Object[] {1.5});
    return Stream.of(
        // nulls
        misuse("builder(): model must not be null", () -> SemanticLayer.builder(null)),
        misuse("dataSource(): value must not be null", () -> SemanticLayer.create(ShopFixture.MODEL, null)),
        misuse("dialect(): value must not be null", () -> SemanticLayer.offline(ShopFixture.MODEL, null)),
        misuse("mapSchema(): databaseSchema must not be null", () -> builder.mapSchema("shop", null)),
        misuse("listener(): listener must not be null", () -> builder.listener(null)),
        misuse("query(): metrics must not be null", () -> LAYER.query((MetricRef<?>[]) null)),
        misuse("query(): metrics[1] must not be null", () -> LAYER.query(REVENUE, null)),
        misuse("textQuery(): metrics[0] must not be null", () -> LAYER.textQuery((String) null)),
        misuse("textQuery(): metrics must not be null", () -> LAYER.textQuery((List<String>) null)),
        misuse("textQuery(): metrics[1] must not be null", () -> LAYER.textQuery(Arrays.asList("shop.revenue", null))),
        misuse("named(): name must not be null", () -> LAYER.named(null)),
        misuse("by(): dimensions[0] must not be null", () -> typed.by((DimensionRef<?>) null)),
        misuse("where(): filter must not be null", () -> typed.where(null)),
        misuse("having(): filter must not be null", () -> typed.having(null)),
        misuse("orderBy(): order[0] must not be null", () -> typed.orderBy((Order) null)),
        misuse("by(): dimensions[0] must not be null", () -> text.by((String) null)),
        misuse("by(): dimensions must not be null", () -> text.by((List<String>) null)),
        misuse("where(): filter must not be null", () -> text.where(null)),
        misuse("having(): filter must not be null", () -> text.having(null)),
        misuse("orderBy(): order must not be null", () -> text.orderBy(null)),
        misuse("fillGaps(): to must not be null", () -> typed.fillGaps(java.time.LocalDate.of(2024, 1, 1), null)),
        misuse("inTimeZone(): zone must not be null", () -> typed.inTimeZone(null)),
        misuse("and(): other must not be null", () -> REGION.eq("North").and(null)),
        misuse("or(): other must not be null", () -> REGION.eq("North").or(null)),
        misuse("in(): values must not be null", () -> REGION.in((String[]) null)),
        misuse("MetricRef.of(): type must not be null", () -> MetricRef.of("shop.revenue", null)),
        misuse("DimensionRef.of(): roles[0] must not be null",
            () -> DimensionRef.of("shop.region", "name", String.class, (String) null)),
        misuse("metric(): name must not be null", () -> ShopFixture.MODEL.metric(null)),
        misuse("get(): metric must not be null", () -> row.get((MetricRef<?>) null)),
        // empty lists
        misuse("query(): metrics must not be empty", () -> LAYER.query()),
        // numbers out of range
        misuse("planCacheSize(): size is -1; it must not be negative", () -> builder.planCacheSize(-1)),
        misuse("limit 0: a limit is at least 1", () -> typed.limit(0)),
        misuse("limit -5: a limit is at least 1", () -> text.limit(-5)),
        // given twice
        misuse("query(): metric shop.revenue is given twice", () -> LAYER.query(REVENUE, SALES, REVENUE)),
        misuse("by(): dimension shop.region.name is given twice", () -> typed.by(REGION, MONTH, REGION)),
        misuse("by(): dimension shop.region.name is given twice", () -> typed.by(REGION).by(REGION)),
        // a layer without a database or a dialect
        misuse("build(): a layer needs a data source, a dialect, or both", builder::build),
        // reading a result with a wrong name, position or type
        misuse("shop.sales is not a column of this result; its columns are [shop.revenue]", () -> row.get(SALES)),
        misuse("nope is not a column of this result; its columns are [shop.revenue]", () -> row.get("nope")),
        misuse("column 1: this result has columns 0 to 0", () -> row.get(1)),
        misuse("column -1: this result has columns 0 to 0", () -> row.get(-1)),
        misuse("shop.revenue holds Double values, not String; declare its reference with Double.class",
            () -> row.get(MetricRef.of("shop.revenue", String.class))),
        misuse("shop.revenue holds Double values, not Long; declare its reference with Double.class",
            () -> row.find(MetricRef.of("shop.revenue", Long.class))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("misuses")
  void aBadArgumentIsAnInvalidValueNamingIt(String message, Executable call) {
    QueryException thrown = assertThrows(QueryException.class, call);
    assertEquals("GrainlineInvalidValue", thrown.id());
    assertEquals("[GrainlineInvalidValue] " + message, thrown.getMessage());
  }

  @Test
  void aBadArgumentToAModelsDefinitionIsADefinitionException() {
    DefinitionException nullClass = assertThrows(DefinitionException.class,
        () -> CompiledModel.ofClasses("ShopCatalog", "shop", (Class<?>) null));
    assertEquals("GrainlineInvalidValue", nullClass.id());
    assertEquals("[GrainlineInvalidValue] ofClasses(): classes[0] must not be null", nullClass.getMessage());
    DefinitionException nullInclude = assertThrows(DefinitionException.class,
        () -> CatalogSupport.declare("A", "a").include(null));
    assertEquals("[GrainlineInvalidValue] include(): included must not be null", nullInclude.getMessage());
  }
}
