package dev.grainline.cli.broken;

import dev.grainline.runtime.CompiledModel;

/** A catalog whose model() exhausts the stack, for real: the command line must end in one line, not a trace. */
public final class OverflowingCatalog {
  private OverflowingCatalog() {}

  public static CompiledModel model() {
    return nested(0);
  }

  private static CompiledModel nested(int depth) {
    return depth < 0 ? null : nested(depth + 1);
  }
}
