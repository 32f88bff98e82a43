package dev.grainline.dsl;

/** A boolean expression: a filter on rows (in a source join, a conditional aggregate) or on query results. */
public interface Condition extends Expr<Boolean> {
  Condition and(Condition other);

  Condition or(Condition other);

  Condition not();
}
