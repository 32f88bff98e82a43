package dev.grainline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grainline.runtime.Dialect;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
  @Test
  void theDialectIsTheUrlsSubprotocol() {
    assertEquals(Optional.of(Dialect.POSTGRES), JdbcUrls.dialect("jdbc:postgresql://h:5432/shop?user=me"));
    assertEquals(Optional.of(Dialect.DUCKDB), JdbcUrls.dialect("jdbc:duckdb:/tmp/x.duckdb"));
    assertEquals(Optional.of(Dialect.TRINO), JdbcUrls.dialect("jdbc:trino://h:8080/memory/store?user=me"));
    assertEquals(Optional.of(Dialect.TRINO), JdbcUrls.dialect("jdbc:trino://h:8080?user=me"));
    assertEquals(Optional.empty(), JdbcUrls.dialect("jdbc:presto://h:8080/memory"));
    assertEquals(Optional.empty(), JdbcUrls.dialect("jdbc:mysql://h/shop"));
  }

  @Test
  void duckDbOptionsGoAfterSemicolons() {
    assertEquals("jdbc:duckdb:/tmp/x.duckdb;duckdb.read_only=true;threads=2",
        JdbcUrls.duckDbOptionsAfterSemicolons("jdbc:duckdb:/tmp/x.duckdb?duckdb.read_only=true&threads=2"));
    assertEquals("jdbc:duckdb:/tmp/x.duckdb;threads=2",
        JdbcUrls.duckDbOptionsAfterSemicolons("jdbc:duckdb:/tmp/x.duckdb;threads=2"));
    assertEquals("/tmp/x.duckdb", JdbcUrls.duckDbDatabase("jdbc:duckdb:/tmp/x.duckdb;threads=2"));
  }

  @Test
  void passwordsAreMasked() {
    assertEquals("jdbc:postgresql://h/db?user=me&password=***&ssl=true",
        JdbcUrls.redact("jdbc:postgresql://h/db?user=me&password=hunter2&ssl=true"));
    assertEquals("jdbc:duckdb:/x.duckdb;password=***", JdbcUrls.redact("jdbc:duckdb:/x.duckdb;password=p"));
    assertEquals("jdbc:trino://h:8443/iceberg?user=me&accessToken=***&SSL=true",
        JdbcUrls.redact("jdbc:trino://h:8443/iceberg?user=me&accessToken=eyJh.x.y&SSL=true"));
  }
}
