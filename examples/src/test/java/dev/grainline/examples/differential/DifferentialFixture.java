package dev.grainline.examples.differential;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.grainline.examples.StoreModel;
import dev.grainline.examples.TestDatabases;
import dev.grainline.examples.data.SampleData;
import dev.grainline.examples.data.StoreDataSet;
import dev.grainline.examples.data.StoreLoader;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The sample data ({@link SampleData#standard()}), loaded once per JVM into PostgreSQL (schema grainline_diff of the
 * test database), into a DuckDB file and into the memory catalog of the tests' Trino server ({@link TestTrino}), and
 * six layers over it: each engine, aggregating directly and rolling partial aggregates up. A database that cannot be reached fails every test that asks for the fixture.
 * {@link #toy()} is the same over the toy data of datajunction.md §3.3, in a schema of its own.
 */
public final class DifferentialFixture {
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

  /** The share of the large suites' cases Trino runs: one in this many directly, one in twice as many rolled up. */
  private static final int TRINO_SAMPLE = Integer.getInteger("grainline.trino.sample", 6);

  private static final Map<String, DifferentialFixture> INSTANCES = new java.util.HashMap<>();
  private static final Map<String, Throwable> FAILURES = new java.util.HashMap<>();

  private final StoreDataSet data;
  private final StoreOracle oracle;
  private final String schema;
  private final Path directory;
  private final Map<Dialect, HikariDataSource> pools = new EnumMap<>(Dialect.class);
  private final List<Target> targets = new ArrayList<>();

  /** The fixture over the sample data, loading it on first use; every later call after a failed load fails alike. */
  public static DifferentialFixture get() {
    return load("diff", SampleData::standard);
  }

  /** The same over the toy data of datajunction.md §3.3, whose values can be checked by hand. */
  public static DifferentialFixture toy() {
    return load("toy", StoreDataSet::toy);
  }

  /**
   * The sample data with {@code extraRows} inserted after loading (SQL statements, {@code {s}} for the schema): rows
   * every query run on it must filter out, since the oracle is the sample data's and does not know them.
   */
  public static DifferentialFixture withRowsTheOracleLacks(String name, List<String> extraRows) {
    return load(name, SampleData::standard, extraRows);
  }

  private static DifferentialFixture load(String name, Supplier<StoreDataSet> data) {
    return load(name, data, List.of());
  }

  private static synchronized DifferentialFixture load(String name, Supplier<StoreDataSet> data,
      List<String> extraRows) {
    if (!INSTANCES.containsKey(name) && !FAILURES.containsKey(name)) {
      try {
        INSTANCES.put(name, new DifferentialFixture(name, data.get(), extraRows));
      } catch (Throwable t) {
        FAILURES.put(name, t);
      }
    }
    if (FAILURES.containsKey(name)) {
      throw new IllegalStateException("the differential fixture could not load the " + name + " data: "
          + FAILURES.get(name), FAILURES.get(name));
    }
    return INSTANCES.get(name);
  }

  private DifferentialFixture(String name, StoreDataSet data, List<String> extraRows)
      throws SQLException, IOException {
    long start = System.nanoTime();
    this.data = data;
    this.oracle = new StoreOracle(data);
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
      config.setPoolName("differential-" + dialect.name().toLowerCase(java.util.Locale.ROOT));
      HikariDataSource pool = new HikariDataSource(config);
      pools.put(dialect, pool);
      try (Connection connection = pool.getConnection()) {
        StoreLoader.load(connection, schema, data);
        try (Statement statement = connection.createStatement()) {
          for (String sql : extraRows) {
            statement.execute(sql.replace("{s}", schema));
          }
        }
        if (dialect == Dialect.POSTGRES) {
          // Fresh tables have no statistics until autovacuum gets to them; without, plans are guesses.
          try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
          }
        }
      }
      for (boolean rollUp : new boolean[] {false, true}) {
        SemanticLayer layer = SemanticLayer.builder(StoreModel.model()).dataSource(pool).dialect(dialect)
            .mapSchema("v3", TestDatabases.schema(dialect, schema)).rollUpPartials(rollUp)
            // The widest window queries take 10-40 s on the in-JVM Trino while the other engines' runs share the
            // two cores; the default 30 s is a production limit, not a test of speed.
            .queryTimeout(java.time.Duration.ofSeconds(dialect == Dialect.TRINO ? 180 : 30)).build();
        int sampleEvery = switch (dialect) {
          case POSTGRES, DUCKDB -> 1;
          case TRINO -> rollUp ? 2 * TRINO_SAMPLE : TRINO_SAMPLE;
        };
        targets.add(new Target(dialect.name().toLowerCase(java.util.Locale.ROOT) + (rollUp ? "/rollup" : "/direct"),
            dialect, rollUp, layer, sampleEvery));
      }
    }
    System.out.printf("differential fixture: %s loaded into schema %s of %s in %d ms%n", data.description(), schema,
        pools.keySet(), (System.nanoTime() - start) / 1_000_000);
  }

  public StoreOracle oracle() {
    return oracle;
  }

  public StoreDataSet data() {
    return data;
  }

  /** postgres/direct, postgres/rollup, duckdb/direct, duckdb/rollup, trino/direct, trino/rollup. */
  public List<Target> targets() {
    return List.copyOf(targets);
  }

  /** The engines the data is loaded into: every dialect, Trino only when {@link TestTrino} has a server. */
  public java.util.Set<Dialect> dialects() {
    return java.util.Collections.unmodifiableSet(pools.keySet());
  }

  /** The targets a large suite runs case {@code key} on ({@link Target#runs}). */
  public List<Target> targets(Object key) {
    return targets.stream().filter(t -> t.runs(key)).toList();
  }

  public DataSource dataSource(Dialect dialect) {
    return pools.get(dialect);
  }

  /** The schema the tables are in, on both engines. */
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
        ResultSet rows = statement.executeQuery();
        List<List<Object>> result = new ArrayList<>();
        while (rows.next()) {
          List<Object> row = new ArrayList<>();
          for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
            row.add(rows.getObject(c));
          }
          result.add(row);
        }
        rows.close();
        return result;
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
