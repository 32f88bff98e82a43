package dev.grainline.runtime.timeouts;

import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Databases;
import dev.grainline.runtime.DimensionRef;
import dev.grainline.runtime.MetricRef;
import dev.grainline.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The timeout model, loaded into schema tm_time of the test PostgreSQL database and of an in-memory DuckDB. */
public final class TimeoutFixture {
  public static final CompiledModel MODEL = CompiledModel.ofClasses("TimeoutCatalog", "tm", Ticks.class, Slow.class);

  public static final MetricRef<Long> AMOUNT = MetricRef.of("tm.amount", Long.class);
  public static final MetricRef<Long> SLOW_AMOUNT = MetricRef.of("tm.slow_amount", Long.class);
  public static final DimensionRef<Integer> TICK_ID = DimensionRef.of("tm.ticks", "tick_id", Integer.class);
  public static final int TICKS = 50_000;
  /** 1 + 2 + ... + 50,000, each tick's amount being its id. */
  public static final long TOTAL = (long) TICKS * (TICKS + 1) / 2;

  private static final String[] POSTGRES_DATA = {
    "DROP SCHEMA IF EXISTS tm_time CASCADE",
    "CREATE SCHEMA tm_time",
    "CREATE TABLE tm_time.ticks (tick_id INTEGER, amount INTEGER)",
    "INSERT INTO tm_time.ticks SELECT g, g FROM generate_series(1, " + TICKS + ") AS t(g)",
    // The subquery runs once, before the first row: every query of the view sleeps ten minutes.
    "CREATE VIEW tm_time.slow AS SELECT s.g AS slow_id, 1 AS amount"
        + " FROM generate_series(1, 3) AS s(g) CROSS JOIN (SELECT pg_sleep(600)) AS z",
  };

  private static final String[] DUCKDB_DATA = {
    "CREATE SCHEMA tm_time",
    "CREATE TABLE tm_time.ticks AS SELECT CAST(range AS INTEGER) AS tick_id, CAST(range AS INTEGER) AS amount"
        + " FROM range(1, " + (TICKS + 1) + ")",
    // 10^12 rows: many minutes of work, with a value that no optimizer can sum without reading them.
    "CREATE VIEW tm_time.slow AS SELECT CAST(a.range % 1000 AS INTEGER) AS slow_id,"
        + " CAST((a.range * b.range) % 7 AS INTEGER) AS amount FROM range(1000000) a, range(1000000) b",
  };

  public static final DataSource POSTGRES = Databases.loadedPostgres("tm_time", POSTGRES_DATA);
  public static final DataSource DUCKDB = Databases.loaded(Databases.duckdb(), DUCKDB_DATA);

  private TimeoutFixture() {}

  /**
   * How many PostgreSQL backends of the test database, other than the asking one, are running a query of the
   * timeout schema now.
   */
  public static int runningQueries() {
    try (Connection connection = TestPostgres.connect(); PreparedStatement statement = connection.prepareStatement(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active'"
            + " AND pid <> pg_backend_pid() AND query LIKE '%tm\\_time%'");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read pg_stat_activity: " + e.getMessage(), e);
    }
  }
}
