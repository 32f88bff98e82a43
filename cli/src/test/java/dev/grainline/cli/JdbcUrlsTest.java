package dev.grainline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
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
  }
}
