package dev.grainline.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Describes a metric, attribute, entity or named query; carried into the catalog's javadoc and query results. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface Describe {
  String value();

  /** The unit of a metric's values ("USD", "orders"). */
  String unit() default "";

  /** A display format for a metric's values ("#,##0.00"). */
  String format() default "";
}
