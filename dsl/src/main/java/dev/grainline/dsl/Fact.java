package dev.grainline.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A fact: rows of events or transactions, the source of metrics. Its static fields declare the source, key and
 * attributes, the links to dimensions, and metrics.
 *
 * <pre>{@code
 * @Fact("v3.order_details")
 * public final class OrderDetails {
 *   static final Table O = table("v3.orders").as("o");
 *   static final Table OI = table("v3.order_items").as("oi");
 *   static final Source SOURCE = from(O).join(OI).on(O.intCol("order_id").eq(OI.intCol("order_id")));
 *   public static final Attribute<String> STATUS = attribute(O.textCol("status"));
 *   public static final Measure<Double> TOTAL_REVENUE = sum(OI.intCol("quantity").times(OI.doubleCol("unit_price")));
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Fact {
  /** The fact's qualified name, such as {@code v3.order_details}. */
  String value();
}
