package dev.grainline.cli;

import dev.grainline.runtime.Dialect;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the command line needs to know about a JDBC URL. */
final class JdbcUrls {
  // Trino's driver also takes a bearer token, accessToken=..., in the URL.
  private static final Pattern PASSWORD = Pattern.compile("(?i)((?:password|accesstoken)=)[^&;]*");
  private static final String DUCKDB = "jdbc:duckdb:";

  private JdbcUrls() {}

  /** The dialect of the databases Grainline supports: jdbc:postgresql:, jdbc:duckdb: and jdbc:trino: URLs. */
  static Optional<Dialect> dialect(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      return Optional.of(Dialect.POSTGRES);
    }
    if (url.startsWith(DUCKDB)) {
      return Optional.of(Dialect.DUCKDB);
    }
    if (url.startsWith("jdbc:trino:")) {
      return Optional.of(Dialect.TRINO);
    }
    return Optional.empty();
  }

  /**
   * {@code jdbc:duckdb:/f.duckdb?a=1&b=2} as DuckDB's driver reads options, {@code jdbc:duckdb:/f.duckdb;a=1;b=2}
   * (it would open a file named {@code f.duckdb?a=1&b=2}); a URL without {@code ?} is returned as it is.
   */
  static String duckDbOptionsAfterSemicolons(String url) {
    int query = url.indexOf('?');
    if (query < 0) {
      return url;
    }
    String options = url.substring(query + 1);
    String rest = options.isEmpty() ? "" : ";" + options.replace('&', ';');
    return url.substring(0, query) + rest;
  }

  /** The database part of a DuckDB URL: the file name, "" or ":memory:". */
  static String duckDbDatabase(String url) {
    return url.substring(DUCKDB.length()).split(";", 2)[0];
  }

  /** The URL as it may be printed: a password or access token in it is masked. */
  static String redact(String url) {
    return PASSWORD.matcher(url).replaceAll("$1***");
  }
}
