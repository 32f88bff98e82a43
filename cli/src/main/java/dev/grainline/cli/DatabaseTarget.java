package dev.grainline.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.grainline.examples.data.DemoDatabase;
import dev.grainline.runtime.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The database a command works on: the one at {@code --jdbc-url}, or the demo DuckDB file. */
record DatabaseTarget(String url, Dialect dialect, Optional<Path> demoFile) {
  /** The target of {@code --jdbc-url}, or the demo database; an unsupported URL is a usage error. */
  static DatabaseTarget of(Optional<String> jdbcUrl, Environment environment, CommandSpec spec) {
    if (jdbcUrl.isEmpty()) {
      Path file = environment.demoDatabase();
      return new DatabaseTarget(DemoDatabase.jdbcUrl(file), Dialect.DUCKDB, Optional.of(file));
    }
    String url = jdbcUrl.get();
    Dialect dialect = JdbcUrls.dialect(url).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--jdbc-url " + JdbcUrls.redact(url) + ": Grainline runs on PostgreSQL (jdbc:postgresql://...) and DuckDB"
            + " (jdbc:duckdb:/path/file.duckdb)"));
    // Every connection to an in-memory DuckDB URL opens a new, empty database, and it is gone when the command ends.
    String database = url.replaceFirst("(?i)^jdbc:duckdb:", "").split("\\?", 2)[0];
    if (dialect == Dialect.DUCKDB && (database.isBlank() || database.equalsIgnoreCase(":memory:"))) {
      throw new ParameterException(spec.commandLine(), "--jdbc-url " + url + ": an in-memory DuckDB database is"
          + " empty in every new connection; give a file, such as jdbc:duckdb:/tmp/store.duckdb");
    }
    return new DatabaseTarget(url, dialect, Optional.empty());
  }

  boolean isDemo() {
    return demoFile.isPresent();
  }

  String displayUrl() {
    return JdbcUrls.redact(url);
  }

  /**
   * A tiny pool that has already connected once, so that an unreachable database fails here, as one clear line,
   * rather than halfway through a command.
   */
  HikariDataSource open() {
    Optional<Path> directory = demoFile.map(Path::toAbsolutePath).map(Path::getParent);
    if (directory.isPresent()) {
      try {
        Files.createDirectories(directory.get());
      } catch (IOException e) {
        throw DatabaseFailure.unreachable(url, "cannot create directory " + directory.get() + " ("
            + e.getClass().getSimpleName() + ")", e);
      }
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("grainline-cli");
    config.setMaximumPoolSize(2);
    config.setConnectionTimeout(5_000);
    config.setInitializationFailTimeout(1);
    try {
      return new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      throw DatabaseFailure.unreachable(url, e.getCause() != null ? e.getCause() : e);
    } catch (RuntimeException e) {
      // Hikari reports a URL no driver accepts with a plain RuntimeException.
      throw DatabaseFailure.unreachable(url, e);
    }
  }
}
