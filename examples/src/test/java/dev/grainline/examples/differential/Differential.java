package dev.grainline.examples.differential;

import dev.grainline.QueryException;
import dev.grainline.examples.differential.EngineFixture.Target;
import dev.grainline.examples.differential.StoreOracle.OracleResult;
import dev.grainline.runtime.MetricQuery;
import dev.grainline.runtime.Result;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a differential query on a target through its front ends and compares it with the oracle. Runs are submitted
 * to a small pool as the tests are created and awaited by each test, so PostgreSQL and DuckDB work at the same time
 * ({@code -Dgrainline.threads=1} runs them one by one). Front ends whose queries plan to the same SQL with the same
 * bind values share one execution per target ({@link #submit(Target, List, DiffQuery, Expected)}).
 */
public final class Differential {
  private Differential() {}

  private static final ExecutorService RUNS = Executors.newFixedThreadPool(
      Integer.getInteger("grainline.threads", Math.max(2, Runtime.getRuntime().availableProcessors() + 1)),
      task -> {
        Thread thread = new Thread(task, "grainline-differential-run");
        thread.setDaemon(true);
        return thread;
      });

  /** The outcome of a submitted run. */
  public static <T> T await(Future<T> run) {
    try {
      return run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The front ends a query goes through. */
  public enum Api {
    TYPED, TEXT, TEXT_ALTERNATIVE;

    MetricQuery build(DiffQuery query, Target target) {
      return switch (this) {
        case TYPED -> query.typed(target.layer());
        case TEXT -> query.text(target.layer(), false);
        case TEXT_ALTERNATIVE -> query.text(target.layer(), true);
      };
    }
  }

  /** How many queries each target ran, printed when the JVM ends. */
  private static final java.util.Map<String, java.util.concurrent.atomic.LongAdder> RUN_COUNTS =
      new java.util.concurrent.ConcurrentSkipListMap<>();
  /** How many front-end runs on each target took the outcome of another front end's run of the same statement. */
  private static final Map<String, java.util.concurrent.atomic.LongAdder> SHARED_COUNTS =
      new java.util.concurrent.ConcurrentSkipListMap<>();

  /** Prints how many queries each target ran since the last call, and starts counting again. */
  public static void printRunCounts(String suite) {
    System.out.println(suite + ": queries run per target " + RUN_COUNTS + "; front ends that shared a run of the"
        + " same SQL and bind values " + SHARED_COUNTS);
    RUN_COUNTS.clear();
    SHARED_COUNTS.clear();
  }

  /**
   * What a front end's query runs: its SQL and bind values, known from planning, without the database. Two front
   * ends with the same statement get the same rows from a target, as the same columns: the SQL names each column
   * after its attribute and role path or its metric and casts it to its type, both of which come from the model.
   */
  record Statement(String sql, List<Object> bindValues) {
    /** Empty if the front end cannot build or plan the query: then it runs on its own and reports that. */
    static Optional<Statement> of(Target target, Api api, DiffQuery query) {
      try {
        MetricQuery built = api.build(query, target);
        return Optional.of(new Statement(built.sql(), built.bindValues()));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * Starts the runs of a query on one target through each of {@code apis}; the future holds each front end's
   * difference, if any. A front end whose statement equals an earlier one's takes that run's outcome instead of
   * executing the statement again: the same SQL with the same values on the same data cannot give other rows, and
   * that the two front ends agree on the statement is what is left to check of the second.
   */
  public static Future<Map<Api, Optional<String>>> submit(Target target, List<Api> apis, DiffQuery query,
      Expected expected) {
    return RUNS.submit(() -> differences(target, apis, query, expected));
  }

  private static Map<Api, Optional<String>> differences(Target target, List<Api> apis, DiffQuery query,
      Expected expected) {
    Map<Api, Optional<String>> outcomes = new EnumMap<>(Api.class);
    Map<Statement, Api> executed = new HashMap<>();
    for (Api api : apis) {
      Optional<Statement> statement = Statement.of(target, api, query);
      Optional<Api> same = statement.map(executed::get);
      if (same.isPresent()) {
        SHARED_COUNTS.computeIfAbsent(target.name(), k -> new java.util.concurrent.atomic.LongAdder()).increment();
        outcomes.put(api, outcomes.get(same.get()).map(d -> describe(target, api, query) + "\nplans to the same SQL"
            + " and bind values as the " + same.get().name().toLowerCase(Locale.ROOT) + " API, whose run"
            + " differs:\n" + d));
      } else {
        outcomes.put(api, difference(target, api, query, expected));
        statement.ifPresent(s -> executed.put(s, api));
      }
    }
    return outcomes;
  }

  /** The difference between the runtime's rows and the oracle's, with everything needed to replay it. */
  public static Optional<String> difference(Target target, Api api, DiffQuery query, OracleResult expected) {
    RUN_COUNTS.computeIfAbsent(target.name(), k -> new java.util.concurrent.atomic.LongAdder()).increment();
    MetricQuery built;
    Result result;
    try {
      built = api.build(query, target);
      result = built.fetch();
    } catch (RuntimeException e) {
      return Optional.of(describe(target, api, query) + "\nthe runtime failed: " + e);
    }
    Optional<String> mismatch = ResultMatcher.mismatch(expected, result, target.dialect());
    if (mismatch.isEmpty()) {
      return Optional.empty();
    }
    String sql;
    try {
      sql = built.sql() + "\n  bind values " + built.bindValues();
    } catch (RuntimeException e) {
      sql = "(no SQL: " + e + ")";
    }
    return Optional.of(describe(target, api, query) + "\n" + mismatch.get() + "SQL:\n" + sql);
  }

  static String describe(Target target, Api api, DiffQuery query) {
    return "[" + target.name() + ", " + api.name().toLowerCase(java.util.Locale.ROOT) + " API] " + query;
  }

  /** Fails with the difference, if there is one. */
  public static void check(Target target, Api api, DiffQuery query, OracleResult expected) {
    difference(target, api, query, expected).ifPresent(d -> {
      throw new AssertionError(d);
    });
  }

  /**
   * What the oracle expects of a query: its rows, or the rejection of a window rule (the runtime's message id), for
   * which the runtime must throw a {@link QueryException} with that id.
   */
  public record Expected(OracleResult rows, Optional<String> rejection) {
    public static Expected of(StoreOracle oracle, DiffQuery query) {
      Optional<WindowOracle.Rejected> rejected = WindowOracle.rejection(oracle, query);
      return rejected.isPresent() ? new Expected(null, Optional.of(rejected.get().id()))
          : new Expected(oracle.evaluate(query), Optional.empty());
    }
  }

  /** The difference between the runtime's rows, or its rejection, and what the oracle expects. */
  public static Optional<String> difference(Target target, Api api, DiffQuery query, Expected expected) {
    return expected.rejection().isPresent() ? rejectionDifference(target, api, query, expected.rejection().get())
        : difference(target, api, query, expected.rows());
  }

  /** Empty when the runtime rejects the query with the message id {@code id}; else what it did instead. */
  public static Optional<String> rejectionDifference(Target target, Api api, DiffQuery query, String id) {
    RUN_COUNTS.computeIfAbsent(target.name(), k -> new java.util.concurrent.atomic.LongAdder()).increment();
    try {
      Result result = api.build(query, target).fetch();
      return Optional.of(describe(target, api, query) + "\nexpected the rejection [" + id + "] but got "
          + result.size() + " rows");
    } catch (QueryException e) {
      return e.id().equals(id) ? Optional.empty()
          : Optional.of(describe(target, api, query) + "\nexpected the rejection [" + id + "] but got: " + e);
    } catch (RuntimeException e) {
      return Optional.of(describe(target, api, query) + "\nexpected the rejection [" + id + "] but the runtime"
          + " failed: " + e);
    }
  }

  /** One dynamic test per target and front end for each query, named after the query; the runs start now. */
  public static Stream<DynamicTest> tests(DifferentialFixture fixture, String name, DiffQuery query,
      List<Api> apis) {
    Expected expected = Expected.of(fixture.oracle(), query);
    List<DynamicTest> tests = new ArrayList<>();
    for (Target target : fixture.targets(query)) {
      Future<Map<Api, Optional<String>>> runs = submit(target, apis, query, expected);
      for (Api api : apis) {
        tests.add(DynamicTest.dynamicTest(name + " [" + target.name() + ", " + api.name().toLowerCase() + "]",
            () -> await(runs).get(api).ifPresent(d -> {
              throw new AssertionError(d);
            })));
      }
    }
    return tests.stream();
  }
}
