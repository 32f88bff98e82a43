package dev.grainline.examples;

import dev.grainline.examples.store.Customer;
import dev.grainline.examples.store.Dates;
import dev.grainline.examples.store.Location;
import dev.grainline.examples.store.OrderDetails;
import dev.grainline.examples.store.PageViewsEnriched;
import dev.grainline.examples.store.Product;
import dev.grainline.examples.store.StoreMetrics;
import dev.grainline.model.SemanticModel;
import dev.grainline.model.assembly.ModelAssembler;
import dev.grainline.model.assembly.ReflectiveDeclarations;

/** The store model, as every part of the examples module gets it. */
public final class StoreModel {
  private StoreModel() {}

  /**
   * The validated store model. Assembled by reflection until the annotation processor generates {@code StoreCatalog};
   * then this becomes {@code return StoreCatalog.model();} and nothing else changes.
   */
  public static SemanticModel model() {
    return Holder.MODEL;
  }

  // Assembled once, on first use: assembly validates the whole model.
  private static final class Holder {
    static final SemanticModel MODEL = ModelAssembler.assemble(ReflectiveDeclarations.of("StoreCatalog", "v3",
        Customer.class, Dates.class, Location.class, OrderDetails.class, PageViewsEnriched.class, Product.class,
        StoreMetrics.class)).orThrow();
  }
}
