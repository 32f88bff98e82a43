package dev.grainline.runtime.internal.execution;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How an engine renders, caches and runs: schema renames, how many query shapes keep their plan, and how long a
 * query may take when it does not say.
 */
public record EngineOptions(Map<String, String> schemaMapping, int planCacheSize, Duration queryTimeout) {
  public EngineOptions {
    schemaMapping = Map.copyOf(schemaMapping);
    Objects.requireNonNull(queryTimeout, "queryTimeout");
  }
}
