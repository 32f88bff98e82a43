package dev.grainline.runtime.internal.execution;

/**
 * A way to stop one run from another thread, handed out before the run starts: {@code fetchAsync}'s future cancels
 * through it, before its task has started or while its query runs. Cancelling a finished run does nothing.
 */
public final class Cancellation {
  private Execution<?> execution;
  private boolean cancelled;

  /** Stops the run: now if it is running, before it starts otherwise. Returns at once; the run ends on its own. */
  public void cancel() {
    Execution<?> running;
    synchronized (this) {
      cancelled = true;
      running = execution;
    }
    if (running != null) {
      running.cancel();
    }
  }

  /** Whether the run may start: false if it was cancelled before. */
  synchronized boolean attach(Execution<?> run) {
    if (cancelled) {
      return false;
    }
    execution = run;
    return true;
  }
}
