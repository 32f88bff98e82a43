package dev.grainline.examples.differential;

import dev.grainline.examples.StoreModel;
import dev.grainline.examples.data.SampleData;
import dev.grainline.examples.data.StoreDataSet;
import dev.grainline.examples.data.StoreLoader;
import dev.grainline.examples.differential.EngineFixture.Target;
import dev.grainline.runtime.Dialect;
import dev.grainline.testing.TestTrino;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The sample data ({@link SampleData#standard()}), loaded once per JVM into every engine ({@link EngineFixture}:
 * PostgreSQL schema grainline_diff of the test database, a DuckDB file, the memory catalog of the tests' Trino server,
 * {@link TestTrino}), and six layers of the store model over it: each engine, aggregating directly and rolling
 * partial aggregates up. A database that cannot be reached fails every test that asks for the fixture.
 * {@link #toy()} is the same over the toy data of datajunction.md §3.3, in a schema of its own.
 */
public final class DifferentialFixture {
  private final StoreDataSet data;
  private final StoreOracle oracle;
  private final EngineFixture engines;
  private final List<Target> targets;

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

  private static DifferentialFixture load(String name, Supplier<StoreDataSet> data, List<String> extraRows) {
    return EngineFixture.once(name, DifferentialFixture.class,
        () -> new DifferentialFixture(name, data.get(), extraRows));
  }

  private DifferentialFixture(String name, StoreDataSet data, List<String> extraRows)
      throws SQLException, IOException {
    this.data = data;
    this.oracle = new StoreOracle(data);
    this.engines = EngineFixture.load(name, data.description(), (connection, dialect, schema) -> {
      StoreLoader.load(connection, schema, data);
      try (Statement statement = connection.createStatement()) {
        for (String sql : extraRows) {
          statement.execute(sql.replace("{s}", schema));
        }
      }
    });
    this.targets = engines.targets(StoreModel.model(), "v3");
  }

  public StoreOracle oracle() {
    return oracle;
  }

  public StoreDataSet data() {
    return data;
  }

  /** postgres/direct, postgres/rollup, duckdb/direct, duckdb/rollup, trino/direct, trino/rollup. */
  public List<Target> targets() {
    return targets;
  }

  /** The engines the data is loaded into: every dialect, Trino only when {@link TestTrino} has a server. */
  public Set<Dialect> dialects() {
    return engines.dialects();
  }

  /** The targets a large suite runs case {@code key} on ({@link Target#runs}). */
  public List<Target> targets(Object key) {
    return targets.stream().filter(t -> t.runs(key)).toList();
  }

  public DataSource dataSource(Dialect dialect) {
    return engines.dataSource(dialect);
  }

  /** The schema the tables are in, on every engine. */
  public String schema() {
    return engines.schema();
  }

  /** Runs hand-written SQL ({@code {s}} stands for the schema) and returns its rows. */
  public List<List<Object>> sql(Dialect dialect, String sql, Object... values) {
    return engines.sql(dialect, sql, values);
  }

  /** {@link EngineFixture#sqlWith}: SQL after a setting, on one connection. */
  public List<List<Object>> sqlWith(Dialect dialect, String setting, String sql, List<Object> values) {
    return engines.sqlWith(dialect, setting, sql, values);
  }
}
