package dev.grainline.dsl.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a base metric: one that aggregates the columns of its fact directly, such as {@code sum(LINE_TOTAL)} or
 * {@code countDistinct(ORDER_ID).filter(STATUS.eq("completed"))}. A metric built from other metrics is
 * {@link Derived}; the processor says so when the annotation does not fit the definition.
 *
 * <p>Optional: an unannotated metric field is a metric all the same. In a class that also declares fields of type
 * {@link dev.grainline.dsl.Metric}, import one of the two by its full name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Metric {}
