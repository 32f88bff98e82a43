package dev.grainline.examples.data;

import java.util.List;

/** A row of {@code locations}. Region and country may be NULL. */
public record LocationRow(int locationId, String postalCode, String city, String region, String country)
    implements TableRow {
  @Override
  public StoreTable table() {
    return StoreTable.LOCATIONS;
  }

  @Override
  public List<Object> values() {
    return Rows.of(locationId, postalCode, city, region, country);
  }
}
