package dev.grainline.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the name derived from a field. Metric {@code ORDER_CNT} is {@code <namespace>.order_cnt} unless named;
 * a name containing a dot is taken as fully qualified.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Name {
  String value();
}
