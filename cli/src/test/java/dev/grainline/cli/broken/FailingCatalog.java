package dev.grainline.cli.broken;

import dev.grainline.runtime.CompiledModel;

/** A catalog whose model() throws: a catalog compiled from other definitions than those on the class path, say. */
public final class FailingCatalog {
  private FailingCatalog() {}

  public static CompiledModel model() {
    throw new IllegalStateException("definitions changed since the catalog was generated");
  }
}
