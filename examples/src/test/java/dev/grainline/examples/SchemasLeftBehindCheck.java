package dev.grainline.examples;

import dev.grainline.testing.TestPostgres;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Run by the no-schema-left-behind execution of surefire (pom.xml) in a JVM of its own, after the JVM of the other
 * tests has exited and dropped its shared schemas; its name matches no pattern of the default execution.
 */
class SchemasLeftBehindCheck {
  @Test
  void theTestDatabaseHoldsOnlyPublic() throws SQLException {
    TestPostgres.assertNoSchemaLeftBehind();
  }
}
