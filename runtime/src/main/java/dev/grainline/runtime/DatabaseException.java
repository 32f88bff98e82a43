package dev.grainline.runtime;

import dev.grainline.GrainlineException;

import dev.grainline.internal.model.validation.Message;

/** The database could not be reached, or rejected or failed the query. */
public final class DatabaseException extends GrainlineException {
  private static final long serialVersionUID = 1L;

  private final String id;

  public DatabaseException(Message message, String detail, Throwable cause) {
    super(message.format(detail), cause);
    this.id = message.id();
  }

  @Override
  public String id() {
    return id;
  }
}
