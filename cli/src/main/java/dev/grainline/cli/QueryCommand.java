package dev.grainline.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.grainline.DatabaseException;
import dev.grainline.runtime.Cursor;
import dev.grainline.runtime.Row;
import dev.grainline.runtime.SemanticLayer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code query}: runs a query and prints its rows. */
@Command(name = "query", description = "Runs a query of the model on the database and prints its rows.")
final class QueryCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private QueryOptions query;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv, json (an array) or jsonl (an object per line) (default: ${DEFAULT-VALUE}). NULL is"
          + " NULL in the table, an empty unquoted field in CSV (the empty string is \"\"), null in JSON.")
  private OutputFormat format;

  private final ToolCommand tool;

  QueryCommand(ToolCommand tool) {
    this.tool = tool;
  }

  @Override
  public Integer call() {
    DatabaseTarget target = tool.target(spec);
    SemanticLayer.Builder builder = tool.layer(spec);
    try (HikariDataSource pool = target.open(DatabaseTarget.Access.READ, tool.timeout())) {
      if (target.isDefault()) {
        prepareDefault(pool, target);
      }
      SemanticLayer layer = builder.dataSource(pool).dialect(target.dialect()).build();
      // Streamed: rows are written as the database sends them, so a result of any size runs in a small heap.
      try (Cursor cursor = query.on(layer).cursor()) {
        Iterator<List<Object>> rows = cursor.stream().map(Row::values).iterator();
        format.write(query.header(), query.formats(layer.model()), rows, spec.commandLine().getOut());
      } catch (DatabaseException e) {
        throw DatabaseFailure.failed(target.url(), "run the query", e, tool.tool().hint());
      }
    }
    return 0;
  }

  private void prepareDefault(HikariDataSource pool, DatabaseTarget target) {
    try (Connection connection = pool.getConnection()) {
      target.defaultDb().orElseThrow().beforeQuery(connection, target.duckDbFile().orElseThrow(),
          spec.commandLine().getErr());
    } catch (SQLException e) {
      throw DatabaseFailure.failed(target.url(), "prepare its default database", e);
    }
  }
}
