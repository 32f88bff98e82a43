package dev.grainline.examples.differential;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.grainline.examples.TestDatabases;
import dev.grainline.runtime.CompiledModel;
import dev.grainline.runtime.Dialect;
import dev.grainline.runtime.SemanticLayer;
import dev.grainline.testing.TestTrino;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * One schema of test data on every engine the tests have: PostgreSQL (schema {@code grainline_<name>} of the test
 * database), a DuckDB file in a temporary directory and the memory catalog of the tests' Trino server
 * ({@link TestTrino}), each behind a connection pool, and the layers ({@link Target}s) of a model over it. What the
 * data is, and the oracle that knows it, belong to the fixture of a data set ({@link DifferentialFixture} for the
 * store's), which loads its tables through this and is built {@link #once} per JVM. A database that cannot be
 * reached fails every test that asks for the fixture.
 */
public final class EngineFixture {
  /**
   * A layer to compare with the oracle, run on every case of the large suites or on every {@code sampleEvery}-th
   * ({@link #runs}).
   */
  public record Target(String name, Dialect dialect, boolean rollUp, SemanticLayer layer, int sampleEvery) {
    @Override
    public String toString() {
      return name;
    }

    /**
     * Whether the large suites (the random ones, the window and excluded-rows suites) run case {@code key} (its
     * index, or the query) on this target: all on PostgreSQL and DuckDB. Trino plans a query in 0.3-1.3 s here
     * and computes a WITH query once per reading (docs/trino.md), so its window queries take seconds each on a
     * 2-core machine: it runs a fixed, deterministic share of their cases, and every case of the other suites.
     */
    public boolean runs(Object key) {
      int hash = key instanceof Integer index ? index : key.toString().hashCode();
      return Math.floorMod(hash, sampleEvery) == 0;
    }
  }

  /** Creates a data set's tables and rows in {@code schema} of the database {@code connection} is open on. */
  @FunctionalInterface
  public interface Loader {
    void load(Connection connection, Dialect dialect, String schema) throws SQLException;
  }

  /** The share of the large suites' cases Trino runs: one in this many directly, one in twice as many rolled up. */
  private static final int TRINO_SAMPLE = Integer.getInteger("grainline.trino.sample", 6);

  private static final Map<String, Object> INSTANCES = new HashMap<>();
  private static final Map<String, Throwable> FAILURES = new HashMap<>();

  private final String schema;
  private final Path directory;
  private final Map<Dialect, HikariDataSource> pools = new EnumMap<>(Dialect.class);

  /**
   * The fixture {@code name}, built by {@code create} on first use and the same on every later call; every call
   * after a failed build fails alike, with the first failure as its cause.
   */
  public static synchronized <F> F once(String name, Class<F> type, Callable<F> create) {
    if (!INSTANCES.containsKey(name) && !FAILURES.containsKey(name)) {
      try {
        INSTANCES.put(name, create.call());
      } catch (Throwable t) {
        FAILURES.put(name, t);
      }
    }
    if (FAILURES.containsKey(name)) {
      throw new IllegalStateException("the differential fixture could not load the " + name + " data: "
          + FAILURES.get(name), FAILURES.get(name));
    }
    return type.cast(INSTANCES.get(name));
  }

  /**
   * Opens a pool on every engine and loads the data set there with {@code loader}, into schema
   * {@code grainline_<name>}; {@code description} says what was loaded, in the log line.
   */
  public static EngineFixture load(String name, String description, Loader loader)
      throws SQLException, IOException {
    return new EngineFixture(name, description, loader);
  }

  private EngineFixture(String name, String description, Loader loader) throws SQLException, IOException {
    long start = System.nanoTime();
    // A fixed name, which loading drops and recreates: a JVM that crashed before dropping it at exit leaves it to the
    // next run, not behind for good. Concurrent runs are kept apart by their databases (TestPostgres), as every
    // other suite's fixed schemas need.
    this.schema = "grainline_" + name;
    this.directory = Files.createTempDirectory("grainline-differential-" + name);
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "grainline-differential-cleanup"));
    for (Dialect dialect : Dialect.values()) {
      // Trino is left out, with TestTrino's reason printed, only on a JDK that cannot run it and without -Ptrino.
      Optional<String> url = TestDatabases.url(dialect, directory.resolve("differential.duckdb"));
      if (url.isEmpty()) {
        continue;
      }
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url.get());
      // Trino's time per query is mostly waiting for its scheduler, not CPU: more queries at once keep it busy.
      config.setMaximumPoolSize(dialect == Dialect.TRINO ? 6 : 2);
      if (dialect == Dialect.POSTGRES) {
        // PostgreSQL's JIT compiles every query of this size for 50-100 ms and saves nothing on 50,000 rows; results
        // are the same without it. Off, the suite runs several times faster.
        config.setConnectionInitSql("SET jit = off");
      }
      config.setPoolName("differential-" + dialect.name().toLowerCase(Locale.ROOT));
      HikariDataSource pool = new HikariDataSource(config);
      pools.put(dialect, pool);
      try (Connection connection = pool.getConnection()) {
        loader.load(connection, dialect, schema);
        if (dialect == Dialect.POSTGRES) {
          // Fresh tables have no statistics until autovacuum gets to them; without, plans are guesses.
          try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
          }
        }
      }
    }
    System.out.printf("differential fixture: %s loaded into schema %s of %s in %d ms%n", description, schema,
        pools.keySet(), (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * The layers of {@code model} over the data, its schema {@code modelSchema} read from this fixture's: on each
   * engine, aggregating directly and rolling partial aggregates up (postgres/direct, postgres/rollup, duckdb/direct,
   * ...).
   */
  public List<Target> targets(CompiledModel model, String modelSchema) {
    List<Target> targets = new ArrayList<>();
    for (Map.Entry<Dialect, HikariDataSource> engine : pools.entrySet()) {
      Dialect dialect = engine.getKey();
      for (boolean rollUp : new boolean[] {false, true}) {
        SemanticLayer layer = SemanticLayer.builder(model).dataSource(engine.getValue()).dialect(dialect)
            .mapSchema(modelSchema, TestDatabases.schema(dialect, schema)).rollUpPartials(rollUp)
            // The widest window queries take 10-40 s on the in-JVM Trino while the other engines' runs share the
            // two cores; the default 30 s is a production limit, not a test of speed.
            .queryTimeout(Duration.ofSeconds(dialect == Dialect.TRINO ? 180 : 30)).build();
        int sampleEvery = switch (dialect) {
          case POSTGRES, DUCKDB -> 1;
          case TRINO -> rollUp ? 2 * TRINO_SAMPLE : TRINO_SAMPLE;
        };
        targets.add(new Target(dialect.name().toLowerCase(Locale.ROOT) + (rollUp ? "/rollup" : "/direct"),
            dialect, rollUp, layer, sampleEvery));
      }
    }
    return List.copyOf(targets);
  }

  /** The engines the data is loaded into: every dialect, Trino only when {@link TestTrino} has a server. */
  public Set<Dialect> dialects() {
    return Collections.unmodifiableSet(pools.keySet());
  }

  public DataSource dataSource(Dialect dialect) {
    return pools.get(dialect);
  }

  /** The schema the tables are in, on every engine (on Trino, in catalog {@link TestTrino#CATALOG}). */
  public String schema() {
    return schema;
  }

  /** Runs hand-written SQL ({@code {s}} stands for the schema) and returns its rows. */
  public List<List<Object>> sql(Dialect dialect, String sql, Object... values) {
    try (Connection connection = pools.get(dialect).getConnection();
        PreparedStatement statement = connection.prepareStatement(sql.replace("{s}", schema))) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows(rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("hand-written SQL failed on " + dialect + ": " + e.getMessage() + "\n" + sql,
          e);
    }
  }

  /**
   * Runs a setting, then SQL with bind values, on one connection; the setting is reset afterwards. For reducing an
   * engine's wrong result to the optimizer rule that causes it.
   */
  public List<List<Object>> sqlWith(Dialect dialect, String setting, String sql, List<Object> values) {
    try (Connection connection = pools.get(dialect).getConnection()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(setting.replace("{s}", schema));
      }
      try (PreparedStatement statement = connection.prepareStatement(sql.replace("{s}", schema))) {
        for (int i = 0; i < values.size(); i++) {
          statement.setObject(i + 1, values.get(i));
        }
        try (ResultSet rows = statement.executeQuery()) {
          return rows(rows);
        }
      } finally {
        try (Statement statement = connection.createStatement()) {
          statement.execute(dialect == Dialect.DUCKDB ? "RESET disabled_optimizers" : "RESET ALL");
          if (dialect == Dialect.POSTGRES) {
            statement.execute("SET jit = off"); // the pool's setting, which RESET ALL undoes
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(dialect + ": " + e.getMessage(), e);
    }
  }

  private static List<List<Object>> rows(ResultSet rows) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    List<List<Object>> result = new ArrayList<>();
    while (rows.next()) {
      List<Object> row = new ArrayList<>();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        row.add(rows.getObject(c));
      }
      result.add(row);
    }
    return result;
  }

  private void close() {
    HikariDataSource postgres = pools.get(Dialect.POSTGRES);
    if (postgres != null) {
      try (Connection connection = postgres.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      } catch (SQLException e) {
        System.err.println("could not drop schema " + schema + ": " + e.getMessage());
      }
    }
    pools.values().forEach(HikariDataSource::close);
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
