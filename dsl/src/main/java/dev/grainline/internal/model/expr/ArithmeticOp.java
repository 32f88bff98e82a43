package dev.grainline.internal.model.expr;

/** Arithmetic operators. Division is always real-valued and guarded against a zero divisor. */
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

  /**
   * Whether this operator may extend a chain of {@code chain} operators: additions and subtractions chain, and so do
   * multiplications; a division never does (regrouping it would change its value).
   */
  public boolean continues(ArithmeticOp chain) {
    return switch (this) {
      case ADD, SUBTRACT -> chain == ADD || chain == SUBTRACT;
      case MULTIPLY -> chain == MULTIPLY;
      case DIVIDE -> false;
    };
  }
}
