package dev.grainline.examples.data;

import java.util.List;

/** A row of {@code products}. Category and subcategory may be NULL. */
public record ProductRow(int productId, String name, String category, String subcategory, double price)
    implements TableRow {
  @Override
  public StoreTable table() {
    return StoreTable.PRODUCTS;
  }

  @Override
  public List<Object> values() {
    return Rows.of(productId, name, category, subcategory, price);
  }
}
