package dev.grainline.examples.data;

import java.util.List;

/** A row of {@code orders}. {@code customerId} may name no customer (an orphan key); {@code status} may be NULL. */
public record OrderRow(
    int orderId, Integer customerId, int orderDate, Integer fromLocationId, Integer toLocationId, String status)
    implements TableRow {
  @Override
  public StoreTable table() {
    return StoreTable.ORDERS;
  }

  @Override
  public List<Object> values() {
    return Rows.of(orderId, customerId, orderDate, fromLocationId, toLocationId, status);
  }
}
