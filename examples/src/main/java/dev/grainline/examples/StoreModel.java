package dev.grainline.examples;

import dev.grainline.examples.store.StoreCatalog;
import dev.grainline.runtime.CompiledModel;

/** The store model, as every part of the examples module gets it: the one the generated catalog assembles. */
public final class StoreModel {
  private StoreModel() {}

  public static CompiledModel model() {
    return StoreCatalog.model();
  }
}
