package dev.grainline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database a {@link Tool} works on without {@code --jdbc-url}: a DuckDB file of its own, such as the store
 * demo's, which the tool may fill on first use. Unlike a file named by {@code --jdbc-url}, it is created when missing.
 */
public interface DefaultDatabase {
  /** Where the DuckDB file is (or will be). */
  Path file(Environment environment);

  /**
   * Runs on a read-write connection to {@code file} before a query of it: loads the data on first use, say. What
   * it prints goes to {@code err}, so that CSV and JSON on standard output stay clean.
   */
  void beforeQuery(Connection connection, Path file, PrintWriter err) throws SQLException;
}
