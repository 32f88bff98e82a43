package dev.grainline.examples;

import dev.grainline.examples.store.StoreCatalog;
import dev.grainline.model.SemanticModel;

/** The store model, as every part of the examples module gets it: the one the generated catalog assembles. */
public final class StoreModel {
  private StoreModel() {}

  public static SemanticModel model() {
    return StoreCatalog.model();
  }
}
