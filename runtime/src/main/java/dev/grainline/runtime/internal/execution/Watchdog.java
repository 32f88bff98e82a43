package dev.grainline.runtime.internal.execution;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The one daemon thread that stops runs at their deadline and when the thread waiting for them is interrupted (a
 * platform thread blocked in a socket read does not notice its interrupt, so someone has to look). It ticks while
 * runs are under way and for a while after the last one, then sleeps until the next: a run costs an insertion into a
 * concurrent set and a removal, no scheduling and no thread. It never blocks on a driver: stopping dispatches the
 * cancel to a virtual thread.
 */
final class Watchdog {
  /** How late a deadline or an interrupt may be noticed. */
  private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
  /** How long the thread keeps ticking without runs before it sleeps, so that a steady load never wakes it. */
  private static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(2);

  private static final Set<Execution<?>> WATCHED = ConcurrentHashMap.newKeySet();
  private static volatile boolean sleeping;
  private static final Thread THREAD = start();

  private Watchdog() {}

  static void watch(Execution<?> run) {
    WATCHED.add(run);
    if (sleeping) {
      LockSupport.unpark(THREAD);
    }
  }

  static void unwatch(Execution<?> run) {
    WATCHED.remove(run);
  }

  private static Thread start() {
    Thread thread = Thread.ofPlatform().daemon().name("grainline-watchdog").unstarted(Watchdog::loop);
    thread.start();
    return thread;
  }

  private static void loop() {
    long idleSince = System.nanoTime();
    while (true) {
      if (WATCHED.isEmpty()) {
        if (System.nanoTime() - idleSince > LINGER_NANOS) {
          sleeping = true;
          // A run watched between the check and the park leaves a permit: park returns at once.
          if (WATCHED.isEmpty()) {
            LockSupport.park();
          }
          sleeping = false;
        }
      } else {
        idleSince = System.nanoTime();
      }
      LockSupport.parkNanos(TICK_NANOS);
      long now = System.nanoTime();
      for (Execution<?> run : WATCHED) {
        try {
          run.check(now);
        } catch (RuntimeException e) {
          // One run's failure to stop must not stop the watching of the others.
        }
      }
      Thread.interrupted(); // nobody interrupts this thread on purpose; a stray interrupt must not make it spin
    }
  }
}
