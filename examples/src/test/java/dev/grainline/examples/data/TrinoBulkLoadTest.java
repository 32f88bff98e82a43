package dev.grainline.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Trino loader's statements stay under a default Trino server's {@code query.max-length} (1,000,000 characters,
 * which the bind value counts toward, since the driver inlines it), and every row travels exactly once.
 */
class TrinoBulkLoadTest {
  @Test
  void longRowsAreSentInChunksUnderTrinosStatementLimit() throws Exception {
    List<String> sent = new ArrayList<>();
    Connection connection = capturing(sent);
    // 20,000 rows of this width would be about 2 million characters.
    List<PageViewRow> rows = IntStream.range(0, 30_000).mapToObj(i -> new PageViewRow(i,
        "session-" + "x".repeat(60) + i, i % 7 == 0 ? null : i, 20231115, "product", i % 11)).toList();

    long count = TrinoBulkLoad.insert(connection, "store", StoreTable.PAGE_VIEWS,
        rows.stream().map(TableRow::values).iterator());

    assertEquals(30_000, count);
    assertTrue(sent.size() > 2, "chunks: " + sent.size());
    int rowsSent = 0;
    for (String json : sent) {
      assertTrue(json.length() < 600_000, "a bind value of " + json.length() + " characters");
      assertTrue(json.startsWith("[[") && json.endsWith("]]"), json.substring(0, 20));
      rowsSent += json.split("\\],\\[", -1).length;
    }
    assertEquals(30_000, rowsSent);
  }

  /** A connection whose prepared statements record their one string bind value. */
  private static Connection capturing(List<String> sent) {
    PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(
        TrinoBulkLoadTest.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "setString" -> {
            sent.add((String) args[1]);
            yield null;
          }
          case "executeUpdate" -> 1;
          case "close" -> null;
          default -> throw new UnsupportedOperationException(method.getName());
        });
    return (Connection) Proxy.newProxyInstance(TrinoBulkLoadTest.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
          case "prepareStatement" -> statement;
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}
