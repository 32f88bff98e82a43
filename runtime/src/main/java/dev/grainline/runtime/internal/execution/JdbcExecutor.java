package dev.grainline.runtime.internal.execution;

import dev.grainline.DatabaseException;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.runtime.ResultColumn;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs rendered SQL over JDBC: binds each value with the setter of its type, reads each column as its model type,
 * exactly ({@link RowReader}: a BIGINT is a Long on every engine, a 2.5 is no integer), and turns driver failures
 * into {@link DatabaseException}s that say whether the database was unreachable, overflowed or rejected the query.
 * The connection, the statement, the deadline and cancelling are {@link Execution}'s; this class only binds and
 * reads.
 */
final class JdbcExecutor {
  private JdbcExecutor() {}

  /** Runs the query within {@code limit} and reads all its rows. */
  static List<Object[]> run(Execution.Source source, PreparedQuery query, TimeLimit limit,
      Cancellation cancellation) {
    return Execution.run(source, limit, cancellation, Execution.Activity.QUERY, (connection, execution) -> {
      try (PreparedStatement statement = execution.prepare(connection, query.sql())) {
        bind(statement, query.bindValues());
        try (ResultSet rows = statement.executeQuery()) {
          return read(rows, query.columns());
        }
      }
    });
  }

  static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      int index = i + 1;
      switch (values.get(i)) {
        case Integer v -> statement.setInt(index, v);
        case Long v -> statement.setLong(index, v);
        case Double v -> statement.setDouble(index, v);
        case BigDecimal v -> statement.setBigDecimal(index, v);
        case String v -> statement.setString(index, v);
        case Boolean v -> statement.setBoolean(index, v);
        case LocalDate v -> statement.setObject(index, v);
        case LocalDateTime v -> statement.setObject(index, v);
        case null -> throw new IllegalArgumentException("a NULL bind value at " + index);
        default -> throw new IllegalArgumentException("cannot bind " + values.get(i).getClass().getName());
      }
    }
  }

  private static List<Object[]> read(ResultSet rows, List<ResultColumn> columns) throws SQLException {
    RowReader reader = new RowReader(columns);
    List<Object[]> result = new ArrayList<>();
    while (rows.next()) {
      result.add(reader.read(rows));
    }
    return result;
  }

  /**
   * Connection-level SQLSTATEs (class 08), and a connection the driver could not open (Trino's driver opens it at
   * the first statement, with no SQLSTATE), mean the database is unreachable, not that the query is wrong.
   */
  static DatabaseException failure(SQLException e) {
    Optional<EngineErrors.JsonValueError> json = EngineErrors.jsonValue(e);
    if (json.isPresent()) {
      EngineErrors.JsonValueError value = json.get();
      return Message.JSON_VALUE.databaseError(e, value.property(), value.type(), shown(value.value()),
          reader(value.value()));
    }
    String state = e.getSQLState();
    Message message = (state != null && state.startsWith("08")) || EngineErrors.isUnreachable(e)
        ? Message.DATABASE_UNAVAILABLE
        : EngineErrors.isOverflow(e) ? Message.OVERFLOW : Message.QUERY_FAILED;
    return message.databaseError(e, describe(e));
  }

  /** A row's value as the message shows it: at most 100 characters of it. */
  private static String shown(String value) {
    return value.length() <= 100 ? value : value.substring(0, 100) + "...";
  }

  /** The typed read that would read a value like this one. */
  private static String reader(String value) {
    String text = value.strip();
    if (text.matches("-?[0-9]+([.][0-9]+)?([eE][+-]?[0-9]+)?")) {
      return "asDouble() or asDecimal()";
    }
    if (text.equals("true") || text.equals("false")) {
      return "asBoolean()";
    }
    if (text.startsWith("{") || text.startsWith("[")) {
      return "a path into it, or has()";
    }
    return "asText()";
  }

  static String describe(SQLException e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
