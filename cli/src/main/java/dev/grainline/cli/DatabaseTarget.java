package dev.grainline.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.grainline.runtime.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The database a command works on: the one at {@code --jdbc-url} (PostgreSQL, DuckDB or Trino), or the tool's
 * default DuckDB file.
 *
 * <p>DuckDB's driver reads options after {@code ;} ({@code jdbc:duckdb:/f.duckdb;duckdb.read_only=true}) and takes a
 * {@code ?} as part of the file name, so {@code ?key=value&...} would create an empty database named
 * {@code f.duckdb?duckdb.read_only=true}; the URL is rewritten to the {@code ;} form. A DuckDB file named by
 * {@code --jdbc-url} must exist (the driver would create an empty one, and the command would then report missing
 * tables, or find nothing), except for commands that write ({@code load}); commands that only read open it
 * read-only, so that a file the user may not write, or that another process reads, can be queried.
 */
record DatabaseTarget(String url, Dialect dialect, Optional<Path> duckDbFile, Optional<DefaultDatabase> defaultDb) {
  /** How the URLs of the supported databases look, for the messages that ask for one. */
  static final String URL_FORMS = "jdbc:postgresql://host/db?user=..., jdbc:duckdb:/path/file.duckdb or"
      + " jdbc:trino://host:port/catalog?user=...";

  /** What a command does with the database. */
  enum Access {
    READ,
    WRITE
  }

  static DatabaseTarget of(Optional<String> jdbcUrl, Optional<DefaultDatabase> defaultDb, Environment environment,
      CommandSpec spec) {
    if (jdbcUrl.isEmpty()) {
      if (defaultDb.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "Missing required option: '--jdbc-url=URL': the database,"
            + " " + URL_FORMS);
      }
      Path file = defaultDb.get().file(environment).toAbsolutePath();
      return new DatabaseTarget("jdbc:duckdb:" + file, Dialect.DUCKDB, Optional.of(file), defaultDb);
    }
    String url = jdbcUrl.get();
    Dialect dialect = JdbcUrls.dialect(url).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--jdbc-url " + JdbcUrls.redact(url) + ": Grainline runs on PostgreSQL (jdbc:postgresql://...), DuckDB"
            + " (jdbc:duckdb:/path/file.duckdb) and Trino (jdbc:trino://host:port/catalog?user=...)"));
    return switch (dialect) {
      // A server: the URL goes to its driver as it is.
      case POSTGRES, TRINO -> new DatabaseTarget(url, dialect, Optional.empty(), Optional.empty());
      case DUCKDB -> duckDb(url, spec);
    };
  }

  private static DatabaseTarget duckDb(String url, CommandSpec spec) {
    String duckDbUrl = JdbcUrls.duckDbOptionsAfterSemicolons(url);
    String database = JdbcUrls.duckDbDatabase(duckDbUrl);
    // Every connection to an in-memory DuckDB URL opens a new, empty database, and it is gone when the command ends.
    if (database.isBlank() || database.equalsIgnoreCase(":memory:") || database.startsWith(":memory:")) {
      throw new ParameterException(spec.commandLine(), "--jdbc-url " + JdbcUrls.redact(url) + ": an in-memory DuckDB"
          + " database is empty in every new connection; give a file, such as jdbc:duckdb:/tmp/store.duckdb");
    }
    return new DatabaseTarget(duckDbUrl, Dialect.DUCKDB, Optional.of(Path.of(database).toAbsolutePath()),
        Optional.empty());
  }

  boolean isDefault() {
    return defaultDb.isPresent();
  }

  String displayUrl() {
    return JdbcUrls.redact(url);
  }

  /**
   * A tiny pool that has already connected once, so that an unreachable database fails here, as one clear line,
   * rather than halfway through a command (Trino's driver opens a connection without asking the server, so an
   * unreachable Trino fails the command's first statement instead, as one line too). The default database is always
   * opened for writing: it is the tool's.
   * The pool gives up connecting after {@code --timeout} (5 s without it, at least 250 ms), so that a database that
   * stopped answering is one line within the limit the user set.
   */
  HikariDataSource open(Access access, Optional<Duration> timeout) {
    boolean readOnly = access == Access.READ && !isDefault() && duckDbFile.isPresent();
    if (readOnly && !Files.exists(duckDbFile.get())) {
      throw DatabaseFailure.unreachable(url, "there is no DuckDB database file " + duckDbFile.get()
          + " (DuckDB would create an empty one; check the path, or create and load the database first)", null);
    }
    if (isDefault()) {
      Path directory = duckDbFile.get().getParent();
      try {
        Files.createDirectories(directory);
      } catch (IOException e) {
        throw DatabaseFailure.unreachable(url, "cannot create directory " + directory + " ("
            + e.getClass().getSimpleName() + ")", e);
      }
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("grainline-cli");
    config.setMaximumPoolSize(2);
    long connectMillis = timeout.map(t -> Math.max(250, Math.min(t.toMillis(), 5_000))).orElse(5_000L);
    config.setConnectionTimeout(connectMillis);
    config.setValidationTimeout(connectMillis);
    config.setInitializationFailTimeout(1);
    String options = url.toLowerCase(Locale.ROOT);
    boolean urlSaysReadOnly = options.contains("duckdb.read_only=true") || options.contains("access_mode=read_only");
    if (readOnly && !options.contains("duckdb.read_only") && !options.contains("access_mode")) {
      config.addDataSourceProperty("duckdb.read_only", "true");
    }
    // Hikari sets every connection's read-only flag, and DuckDB refuses one that differs from the database's mode.
    // Only a DuckDB file is read-only: a PostgreSQL or Trino server's own permissions say what a user may write.
    config.setReadOnly(dialect == Dialect.DUCKDB && (readOnly || urlSaysReadOnly));
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
