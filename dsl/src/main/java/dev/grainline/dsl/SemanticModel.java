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
 *
 * <p>A model may be split across packages, and so across modules: a package that {@linkplain #includes includes}
 * another model's catalog declares a model with everything of the included one and what it declares itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface SemanticModel {
  /** The simple name of the generated catalog class. */
  String catalog();

  /** The prefix of metric names: metric field {@code TOTAL_REVENUE} is named {@code v3.total_revenue}. */
  String namespace() default "";

  /**
   * The generated catalogs of the models this one builds on, such as {@code includes = SaasCatalog.class}: their
   * facts, dimensions and metrics are part of this model, under the names their own model gives them, and this
   * model's definitions may use their fields. The included catalog may come from a library or from another package
   * of the same compilation.
   */
  Class<?>[] includes() default {};
}
