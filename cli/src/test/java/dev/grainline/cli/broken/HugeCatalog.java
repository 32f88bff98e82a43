package dev.grainline.cli.broken;

import dev.grainline.runtime.CompiledModel;

/** A catalog whose model() asks for more heap than any test JVM has, for real. */
public final class HugeCatalog {
  private HugeCatalog() {}

  static long[] held;

  public static CompiledModel model() {
    held = new long[Integer.MAX_VALUE - 8];
    return null;
  }
}
