package dev.grainline;

/** Base of the exceptions the runtime throws; each carries the stable id of what went wrong. */
public abstract class GrainlineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected GrainlineException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The stable id of the first problem, such as "GrainlineUnknownReference". */
  public abstract String id();
}
