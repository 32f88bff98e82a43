package dev.grainline.examples.data;

import java.util.List;

/** A row of {@code order_items}. {@code productId} may name no product; quantity and unit price may be NULL. */
public record OrderItemRow(int orderId, int lineNumber, Integer productId, Integer quantity, Double unitPrice)
    implements TableRow {
  @Override
  public StoreTable table() {
    return StoreTable.ORDER_ITEMS;
  }

  @Override
  public List<Object> values() {
    return Rows.of(orderId, lineNumber, productId, quantity, unitPrice);
  }
}
