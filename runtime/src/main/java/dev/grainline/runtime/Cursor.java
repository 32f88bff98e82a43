package dev.grainline.runtime;

import dev.grainline.runtime.internal.execution.JdbcCursor;
import dev.grainline.runtime.internal.execution.QueryObserver;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of a running query, read from the database as they are iterated, a batch of
 * {@link SemanticLayer.Builder#fetchSize fetch size} rows at a time, so that a result of any size is read in bounded
 * memory. A cursor holds a database connection until it is closed: open it in a try-with-resources block.
 *
 * <pre>{@code
 * try (Cursor cursor = layer.textQuery("v3.total_revenue").by("v3.customer.customer_id[customer]").cursor()) {
 *   for (Row row : cursor) {
 *     out.write(row);
 *   }
 * }
 * }</pre>
 *
 * <p>A cursor is read once: {@link #iterator()} and {@link #stream()} continue from the rows not read yet. Reading
 * the last row closes it, and so does a failure of the database while reading, which is thrown as a
 * {@link dev.grainline.DatabaseException} as {@link MetricQuery#fetch()} throws it. Not thread-safe: one thread
 * reads and closes it.
 */
public final class Cursor implements Iterable<Row>, AutoCloseable {
  private final List<ResultColumn> columns;
  private final Map<String, Integer> index;
  private final JdbcCursor rows;
  private final QueryObserver observer;
  private final Iterator<Row> iterator = new Rows();
  private long read;

  Cursor(List<ResultColumn> columns, JdbcCursor rows, QueryObserver observer) {
    this.columns = List.copyOf(columns);
    this.index = Row.index(columns);
    this.rows = rows;
    this.observer = observer;
  }

  /** The columns of every row: the requested dimensions, then the requested metrics, in the order requested. */
  public List<ResultColumn> columns() {
    return columns;
  }

  /** The rows not read yet; every call continues the same single pass. */
  @Override
  public Iterator<Row> iterator() {
    return iterator;
  }

  /** The rows not read yet as a sequential stream, whose {@link Stream#close()} closes this cursor. */
  public Stream<Row> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /**
   * Ends the query and releases its statement and connection (back to the pool, as it was lent); closing again does
   * nothing.
   *
   * @throws dev.grainline.DatabaseException if the driver fails to release them (they are released all the same)
   */
  @Override
  public void close() {
    try {
      rows.close();
    } catch (RuntimeException e) {
      observer.failed(e);
      throw e;
    }
    // Closed before the last row is a success too: the caller read what it wanted. (Observed once: a failure
    // while reading was observed already.)
    observer.succeeded(read);
  }

  private final class Rows implements Iterator<Row> {
    /** The row read ahead by {@link #hasNext()}, not yet returned by {@link #next()}. */
    private Optional<Object[]> ahead = Optional.empty();

    @Override
    public boolean hasNext() {
      if (ahead.isEmpty()) {
        try {
          ahead = rows.next();
        } catch (RuntimeException e) {
          observer.failed(e);
          throw e;
        }
        if (ahead.isEmpty()) {
          observer.succeeded(read);
        }
      }
      return ahead.isPresent();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException("every row of the cursor has been read");
      }
      Object[] values = ahead.orElseThrow();
      ahead = Optional.empty();
      read++;
      return new Row(index, values);
    }
  }
}
