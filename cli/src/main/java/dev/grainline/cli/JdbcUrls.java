package dev.grainline.cli;

import dev.grainline.runtime.Dialect;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the command line needs to know about a JDBC URL. */
final class JdbcUrls {
  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

  private JdbcUrls() {}

  /** The dialect of the databases Grainline supports: jdbc:postgresql: and jdbc:duckdb: URLs. */
  static Optional<Dialect> dialect(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      return Optional.of(Dialect.POSTGRES);
    }
    if (url.startsWith("jdbc:duckdb:")) {
      return Optional.of(Dialect.DUCKDB);
    }
    return Optional.empty();
  }

  /** The URL as it may be printed: a password in it is masked. */
  static String redact(String url) {
    return PASSWORD.matcher(url).replaceAll("$1***");
  }
}
