package dev.grainline.examples.data;

import java.util.List;

/**
 * A row of {@code inventory_snapshots}: a count of one product's units on hand on one day. {@code productId} may
 * name no product; {@code unitsOnHand} may be NULL (a count that was not taken). A product may be counted twice on
 * one day, with different counts.
 */
public record InventorySnapshotRow(int productId, int snapshotDate, Integer unitsOnHand) implements TableRow {
  @Override
  public StoreTable table() {
    return StoreTable.INVENTORY_SNAPSHOTS;
  }

  @Override
  public List<Object> values() {
    return Rows.of(productId, snapshotDate, unitsOnHand);
  }
}
