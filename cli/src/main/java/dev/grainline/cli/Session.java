package dev.grainline.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.grainline.runtime.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a {@link Tool}'s own command sees of the tool it runs in: the database of {@code --jdbc-url} (or the default
 * one), the schema mapping of {@code --schema}, the environment. Read once the command line is parsed, in the
 * command's {@code call()}; each method takes the command's spec, so that a usage error names that command.
 */
public final class Session {
  private final ToolCommand tool;

  Session(ToolCommand tool) {
    this.tool = tool;
  }

  public Environment environment() {
    return tool.environment();
  }

  /** Whether the command works on the tool's default database (no {@code --jdbc-url}). */
  public boolean onDefaultDatabase(CommandSpec command) {
    return tool.target(command).isDefault();
  }

  /** The database's JDBC URL as it may be printed: a password in it is masked. */
  public String databaseUrl(CommandSpec command) {
    return tool.target(command).displayUrl();
  }

  public Dialect dialect(CommandSpec command) {
    return tool.target(command).dialect();
  }

  /**
   * The database schema that the model's {@code modelSchema} is read from, after {@code --schema}: {@code schema}, or
   * {@code catalog.schema} where {@code --schema} names a catalog (Trino); each name a plain identifier.
   */
  public String databaseSchema(CommandSpec command, String modelSchema) {
    return tool.schemaMapping(command).databaseSchema(modelSchema);
  }

  /**
   * Runs {@code work} on a read-write connection to the database (a DuckDB file that does not exist yet is
   * created); an unreachable database, or an SQLException from {@code work}, is the command line's database error
   * (exit status 3), "the database at URL failed to {@code doing}: reason".
   */
  public <T> T withConnection(CommandSpec command, String doing, ConnectionWork<T> work) {
    DatabaseTarget target = tool.target(command);
    try (HikariDataSource pool = target.open(DatabaseTarget.Access.WRITE, tool.timeout());
        Connection connection = pool.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw DatabaseFailure.failed(target.url(), doing, e);
    }
  }

  /** Work on a connection. */
  @FunctionalInterface
  public interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }
}
