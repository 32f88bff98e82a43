package dev.grainline.internal.model.expr;

/** Binary arithmetic. Division is always real-valued and guarded against a zero divisor. */
public enum ArithmeticOp {
  ADD("+"),
  SUBTRACT("-"),
  MULTIPLY("*"),
  DIVIDE("/");

  private final String symbol;

  ArithmeticOp(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
