package dev.grainline.internal.model.expr;

/** Scalar functions that combiners and definitions can use; each renders the same on every engine. */
public enum ScalarFunction {
  /** Square root of a non-negative number. */
  SQRT(1);

  private final int arity;

  ScalarFunction(int arity) {
    this.arity = arity;
  }

  public int arity() {
    return arity;
  }
}
