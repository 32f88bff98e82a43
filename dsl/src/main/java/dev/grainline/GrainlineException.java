package dev.grainline;

/**
 * The root of every exception Grainline throws on purpose: a model whose definitions are wrong
 * ({@link DefinitionException}), a query that cannot run as asked ({@link QueryException}), and a database that
 * cannot be reached or fails a query ({@link DatabaseException}). Each carries the stable id of its first problem,
 * such as {@code GrainlineUnknownReference}, which is what to search for in the documentation.
 */
public abstract sealed class GrainlineException extends RuntimeException
    permits DefinitionException, QueryException, DatabaseException {
  private static final long serialVersionUID = 1L;

  GrainlineException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The stable id of the first problem, such as "GrainlineUnknownReference". */
  public abstract String id();
}
