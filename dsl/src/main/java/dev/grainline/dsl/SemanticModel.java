package dev.grainline.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package as a semantic model: every {@link Fact}, {@link Dimension} and {@link Metrics} class in it belongs
 * to the model, and the processor generates the model's typed catalog into the package.
 *
 * <pre>{@code
 * @SemanticModel(catalog = "StoreCatalog", namespace = "v3")
 * package com.example.store;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface SemanticModel {
  /** The simple name of the generated catalog class. */
  String catalog();

  /** The prefix of metric names: metric field {@code TOTAL_REVENUE} is named {@code v3.total_revenue}. */
  String namespace() default "";
}
