package dev.grainline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.grainline.processor.ProcessorTester.assertOnlyError;
import static dev.grainline.processor.ProcessorTester.at;
import static dev.grainline.processor.ProcessorTester.compile;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * JSON properties' definition errors, one test per message: each is thrown by the DSL call that makes it, so javac
 * shows it at that call.
 */
class JsonRulesTest {
  private static JavaFileObject orders(String members) {
    return ShopModel.orders("""
        static final JsonColumn PROPS = O.jsonCol("props");
        """ + members);
  }

  @Test
  void typedPathsKeyTestsAndNestedPathsAreDefinitions() {
    JavaFileObject orders = orders("""
        public static final Attribute<String> CURRENCY = attribute(PROPS.path("currency").asText());
        public static final Attribute<String> CAMPAIGN = attribute(PROPS.path("context").path("campaign").asText());
        public static final Measure<Long> CENTS = sum(PROPS.path("amount_cents").as(Long.class))
            .filter(PROPS.has("amount_cents"));
        """);
    assertThat(compile(ShopModel.with(orders))).succeededWithoutWarnings();
  }

  @Test
  void aJsonValueIsReadAsANumberTextOrBoolean() {
    JavaFileObject orders = orders("""
        public static final Attribute<java.time.LocalDate> SHIPPED_ON =
            attribute(PROPS.path("shipped").as(java.time.LocalDate.class));
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".as(java.time.LocalDate.class)"),
        "[GrainlineJsonType] orders.props.path(\"shipped\").as(LocalDate.class): a JSON value is read as Integer,"
            + " Long, Double, BigDecimal, String or Boolean");
  }

  @Test
  void aJsonKeyIsAnIdentifier() {
    JavaFileObject orders = orders("""
        public static final Attribute<String> CURRENCY = attribute(PROPS.path("currency-code").asText());
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".path(\"currency-code\")"),
        "[GrainlineJsonPath] orders.props.path(...): a JSON key is letters, digits and underscores, not starting"
            + " with a digit (\"currency-code\"); Grainline reads other keys through a view");
  }

  @Test
  void aTypedReadOrAKeyTestNamesAKey() {
    JavaFileObject orders = orders("""
        public static final Measure<Long> WITH_PROPS = count().filter(PROPS.has());
        """);
    assertOnlyError(compile(ShopModel.with(orders)), orders, at(".has()"),
        "[GrainlineJsonPath] orders.props.has(): name at least one key");
  }
}
