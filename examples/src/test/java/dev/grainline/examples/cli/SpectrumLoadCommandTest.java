package dev.grainline.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grainline.examples.TestDatabases;
import dev.grainline.examples.spectrum.data.SpectrumData;
import dev.grainline.examples.spectrum.data.SpectrumTable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code spectrum load}, run in-process as the command line runs it, into a DuckDB file. */
class SpectrumLoadCommandTest {
  @TempDir
  Path directory;

  private static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = dev.grainline.cli.Main.execute(new CommandLine(new SpectrumLoadCommand()), new PrintWriter(out),
        new PrintWriter(err), args);
    return new CliRun(status, out.toString(), err.toString());
  }

  @Test
  void loadsTheEventsAskedForWithTheirSeed() throws SQLException {
    Path file = directory.resolve("spectrum.duckdb");
    String out = run("--jdbc-url", TestDatabases.duckdbUrl(file), "--events", "1000", "--seed", "7").succeeded();
    SpectrumData data = SpectrumData.generate(7, 1_000);
    assertTrue(out.startsWith("loaded spectrum data v1: seed 7, 1000 events into schema warehouse (duckdb)\n"), out);
    assertTrue(out.contains("  fact_events           1,000 rows\n"), out);
    try (Connection connection = TestDatabases.duckdb(file)) {
      for (SpectrumTable table : SpectrumTable.values()) {
        assertEquals(data.rows(table).count(), count(connection, "warehouse." + table.tableName()), table.tableName());
      }
      // The seed is the one asked for: the first event is seed 7's, not the default seed's.
      assertEquals(data.events().findFirst().orElseThrow().properties(),
          string(connection, "SELECT properties::VARCHAR FROM warehouse.fact_events WHERE event_id = 1"));
    }
  }

  @Test
  void aNegativeEventCountIsAUsageError() {
    String err = run("--jdbc-url", TestDatabases.duckdbUrl(directory.resolve("x.duckdb")), "--events", "-1")
        .failed(2);
    assertTrue(err.contains("--events must be at least 0, but was -1"), err);
  }

  @Test
  void theUrlIsRequired() {
    String err = run("--events", "10").failed(2);
    assertTrue(err.contains("Missing required option: '--jdbc-url=URL'"), err);
  }

  @Test
  void anUnreachableDatabaseIsADatabaseFailure() {
    String err = run("--jdbc-url", "jdbc:postgresql://127.0.0.1:" + TestDatabases.closedPort() + "/x?user=x",
        "--events", "10").failed(3);
    assertTrue(err.startsWith("error: the database failed to load the Spectrum data: "), err);
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String string(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
