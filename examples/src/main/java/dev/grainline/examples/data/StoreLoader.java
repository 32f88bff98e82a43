package dev.grainline.examples.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Creates the store's tables and bulk-loads a data set into them ({@link TableLoader}, over {@link StoreTable}). */
public final class StoreLoader {
  private StoreLoader() {}

  /** Loads {@code data} into {@code schema} ("v3" for the model) of the database {@code connection} is open on. */
  public static LoadReport load(Connection connection, String schema, StoreDataSet data) throws SQLException {
    return TableLoader.load(connection, schema, List.of(StoreTable.values()), data);
  }
}
