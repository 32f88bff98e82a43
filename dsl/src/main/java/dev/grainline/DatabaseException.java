package dev.grainline;

import java.util.Objects;

/**
 * The database could not be reached, or rejected or failed a query that Grainline accepted. The message says what
 * the driver reported; the cause is the driver's exception.
 */
public final class DatabaseException extends GrainlineException {
  private static final long serialVersionUID = 1L;

  private final String id;

  public DatabaseException(String id, String message, Throwable cause) {
    super(message, cause);
    this.id = Objects.requireNonNull(id, "id");
  }

  @Override
  public String id() {
    return id;
  }
}
