package dev.grainline.cli;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The database could not be reached or failed a command; the message is the one line the user sees. */
final class DatabaseFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Pattern MISSING_RELATION =
      Pattern.compile("(?i)(relation|table with name|schema with name|table|schema) \\S+ does not exist");

  private DatabaseFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /** "cannot reach the database at jdbc:postgresql://127.0.0.1:1/test: connection refused". */
  static DatabaseFailure unreachable(String url, Throwable cause) {
    return unreachable(url, reason(cause), cause);
  }

  static DatabaseFailure unreachable(String url, String reason, Throwable cause) {
    return new DatabaseFailure("cannot reach the database at " + JdbcUrls.redact(url) + ": " + reason, cause);
  }

  /** "the database at jdbc:duckdb:/tmp/x.duckdb failed to load the data: ...". */
  static DatabaseFailure failed(String url, String doing, Throwable cause) {
    return new DatabaseFailure("the database at " + JdbcUrls.redact(url) + " failed to " + doing + ": "
        + reason(cause), cause);
  }

  /**
   * As {@link #failed(String, String, Throwable)}, and when the database says that a table or schema does not exist
   * (PostgreSQL: {@code relation "v3.orders" does not exist}; DuckDB: {@code Table with name orders does not
   * exist}; Trino: {@code Table 'memory.v3.orders' does not exist}), the tool's {@code hint} about where the tables
   * come from.
   */
  static DatabaseFailure failed(String url, String doing, Throwable cause, String hint) {
    String reason = reason(cause);
    String message = "the database at " + JdbcUrls.redact(url) + " failed to " + doing + ": " + reason;
    return new DatabaseFailure(MISSING_RELATION.matcher(reason).find() ? message + "; " + hint : message, cause);
  }

  /** The innermost cause says what went wrong ("connection refused"); the outer ones say where it surfaced. */
  static String reason(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = Objects.requireNonNullElse(root.getMessage(), root.getClass().getSimpleName());
    String reason = switch (root) {
      case UnknownHostException e -> "unknown host " + message;
      case SocketTimeoutException e -> "timed out";
      case ConnectException e -> lowerFirst(message);
      case NoRouteToHostException e -> lowerFirst(message);
      default -> message;
    };
    // Engines add lines that point into the SQL ("LINE 4: ... ^^^", "Position: 42"); the first line says it all.
    return reason.strip().lines().findFirst().orElse(reason).strip();
  }

  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
