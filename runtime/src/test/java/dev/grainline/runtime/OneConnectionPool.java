package dev.grainline.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A pool of one connection, as strict as a real pool at its maximum size: it lends its one physical connection
 * (through a handle whose {@code close()} gives it back) and refuses to lend it again before it is given back. Tests
 * read the physical connection's settings to see how it was returned.
 */
final class OneConnectionPool extends Databases.BaseDataSource {
  private final Connection physical;
  private boolean lent;
  private int loans;

  OneConnectionPool(DataSource source) throws SQLException {
    this.physical = source.getConnection();
  }

  /** The connection behind every handle; not to be closed by tests. */
  Connection physical() {
    return physical;
  }

  synchronized boolean lent() {
    return lent;
  }

  synchronized int loans() {
    return loans;
  }

  private synchronized void giveBack() {
    lent = false;
  }

  @Override
  public synchronized Connection getConnection() throws SQLException {
    if (lent) {
      throw new SQLException("the pool's one connection is lent and was not given back", "08001");
    }
    lent = true;
    loans++;
    boolean[] closed = {false};
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close" -> {
              if (!closed[0]) {
                closed[0] = true;
                giveBack();
              }
              return null;
            }
            case "isClosed" -> {
              return closed[0] || physical.isClosed();
            }
            default -> {
              if (closed[0]) {
                throw new SQLException("the connection was given back to the pool");
              }
              try {
                return method.invoke(physical, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }
          }
        });
  }
}
