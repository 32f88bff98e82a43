package dev.grainline.runtime;

/**
 * How often queries needed a new plan and how often a cached plan of the same shape was reused: a dashboard that
 * repeats its queries with new filter values should show a high reuse count.
 */
public record PlanStats(long planned, long reused) {}
