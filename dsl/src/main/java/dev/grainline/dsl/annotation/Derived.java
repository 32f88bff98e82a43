package dev.grainline.dsl.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a derived metric: one computed from other metrics only, such as a ratio
 * {@code REVENUE.div(ORDER_COUNT)} or a window {@code wow = percentChange(revenue, lag(revenue).over(Dates.week))}.
 * A metric that aggregates columns itself is {@link Metric}; the processor says so when the annotation does not fit.
 *
 * <p>Optional: an unannotated metric field is a metric all the same.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Derived {}
