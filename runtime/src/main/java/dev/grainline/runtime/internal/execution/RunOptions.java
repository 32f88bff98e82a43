package dev.grainline.runtime.internal.execution;

import java.sql.Connection;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one query runs: with its own timeout or the layer's, on the caller's connection or one of the layer's data
 * source, and with the handle that cancels it from another thread.
 */
public record RunOptions(Optional<Duration> timeout, Optional<Connection> connection, Cancellation cancellation) {
  public RunOptions {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(cancellation, "cancellation");
  }
}
