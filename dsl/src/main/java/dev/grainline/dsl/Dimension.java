package dev.grainline.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A dimension: one table whose key facts link to, with attributes to group and filter by. It may link to further
 * dimensions (a customer's home location).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Dimension {
  /** The dimension's qualified name, such as {@code v3.product}. */
  String value();
}
