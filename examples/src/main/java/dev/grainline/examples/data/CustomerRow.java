package dev.grainline.examples.data;

import java.util.List;

/** A row of {@code customers}. {@code locationId} may be NULL. */
public record CustomerRow(int customerId, String name, String email, int registrationDate, Integer locationId)
    implements TableRow {
  @Override
  public StoreTable table() {
    return StoreTable.CUSTOMERS;
  }

  @Override
  public List<Object> values() {
    return Rows.of(customerId, name, email, registrationDate, locationId);
  }
}
