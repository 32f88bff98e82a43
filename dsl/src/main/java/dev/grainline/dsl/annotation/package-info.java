/**
 * The annotations that say what kind of metric a field declares: {@link dev.grainline.dsl.annotation.Metric} for base
 * metrics, {@link dev.grainline.dsl.annotation.Derived} for metrics built from other metrics. They are a package of
 * their own because {@code Metric} is also the DSL's metric type.
 */
package dev.grainline.dsl.annotation;
