package dev.grainline.runtime.internal.execution;

import java.util.Map;

/** How an engine renders and caches: schema renames, and how many query shapes keep their plan. */
public record EngineOptions(Map<String, String> schemaMapping, int planCacheSize) {
  public EngineOptions {
    schemaMapping = Map.copyOf(schemaMapping);
  }
}
