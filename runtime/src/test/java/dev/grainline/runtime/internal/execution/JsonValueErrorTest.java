package dev.grainline.runtime.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.DatabaseException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The engines' conversion errors as they quote a typed JSON read's marker (PostgreSQL in double quotes, DuckDB in
 * single quotes after "Conversion Error", Trino after its query id), read back as [GrainlineJsonValue]; and which
 * failed casts are overflows. The messages are the engines' own, as JsonPropertiesTest met them.
 */
class JsonValueErrorTest {
  private static final String MARKED = "[GrainlineJsonValue] shop.events.props.amount as bigint: 12 and a half"
      + " [GrainlineJsonValue]";

  @Test
  void eachEnginesConversionErrorNamesThePropertyTheTypeAndTheWholeValue() {
    for (String message : new String[] {
        "ERROR: invalid input syntax for type bigint: \"" + MARKED + "\"",
        "Conversion Error: Could not convert string '" + MARKED + "' to INT64\n\nLINE 1: ...",
        "Query failed (#20261204_182837_00005_sn83t): Cannot cast '" + MARKED + "' to BIGINT"}) {
      Optional<EngineErrors.JsonValueError> error = EngineErrors.jsonValue(new SQLException(message));
      assertEquals(Optional.of(new EngineErrors.JsonValueError("shop.events.props.amount", "bigint", "12 and a half")),
          error, message);
      DatabaseException e = JdbcExecutor.failure(new SQLException(message));
      assertEquals("[GrainlineJsonValue] shop.events.props.amount is read as bigint, and a row holds 12 and a half;"
          + " fix the data, or read it with asText()", e.getMessage());
    }
    assertEquals(Optional.empty(), EngineErrors.jsonValue(new SQLException("Conversion Error: Could not convert"
        + " string 'abc' to INT32")));
  }

  @Test
  void aDigitStringBeyondAnIntegerTypeIsAnOverflowAndOtherFailedCastsAreNot() {
    assertTrue(EngineErrors.isOverflow(new SQLException("Conversion Error: Could not convert string '99999999999'"
        + " to INT32\n\nLINE 1: ...")));
    assertTrue(EngineErrors.isOverflow(new SQLException("Query failed (#1): Cannot cast '-99999999999' to INT")));
    assertFalse(EngineErrors.isOverflow(new SQLException("Conversion Error: Could not convert string 'abc' to"
        + " INT32")));
    assertFalse(EngineErrors.isOverflow(new SQLException("Query failed (#1): Cannot cast '12.5' to INT")));
  }
}
