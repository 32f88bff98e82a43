package dev.grainline.examples.data;

import static dev.grainline.examples.data.ColumnType.DOUBLE;
import static dev.grainline.examples.data.ColumnType.INT;
import static dev.grainline.examples.data.ColumnType.TEXT;
import static dev.grainline.examples.data.ColumnType.TIMESTAMP;

import java.util.List;
import java.util.stream.Stream;

/**
 * The physical tables of the store model: the seven of datajunction.md §3.2 and the inventory counts of the
 * semi-additive example, with their columns in order. The model reads them from schema {@code v3}; the loader can
 * create them under any schema name.
 */
public enum StoreTable implements TableSpec<StoreDataSet> {
  ORDERS("orders", List.of("order_id"),
      col("order_id", INT), col("customer_id", INT), col("order_date", INT), col("from_location_id", INT),
      col("to_location_id", INT), col("status", TEXT)),
  ORDER_ITEMS("order_items", List.of("order_id", "line_number"),
      col("order_id", INT), col("line_number", INT), col("product_id", INT), col("quantity", INT),
      col("unit_price", DOUBLE)),
  PAGE_VIEWS("page_views", List.of("view_id"),
      col("view_id", INT), col("session_id", TEXT), col("customer_id", INT), col("page_date", INT),
      col("page_type", TEXT), col("product_id", INT)),
  CUSTOMERS("customers", List.of("customer_id"),
      col("customer_id", INT), col("name", TEXT), col("email", TEXT), col("registration_date", INT),
      col("location_id", INT)),
  PRODUCTS("products", List.of("product_id"),
      col("product_id", INT), col("name", TEXT), col("category", TEXT), col("subcategory", TEXT),
      col("price", DOUBLE)),
  DATES("dates", List.of("date_id"),
      col("date_id", INT), col("date_value", TIMESTAMP), col("day_of_week", INT), col("week", INT),
      col("month", INT), col("quarter", INT), col("year", INT)),
  LOCATIONS("locations", List.of("location_id"),
      col("location_id", INT), col("postal_code", TEXT), col("city", TEXT), col("region", TEXT),
      col("country", TEXT)),
  // A product may be counted twice on one day: the units make the key unique.
  INVENTORY_SNAPSHOTS("inventory_snapshots", List.of("product_id", "snapshot_date", "units_on_hand"),
      col("product_id", INT), col("snapshot_date", INT), col("units_on_hand", INT));

  private final String tableName;
  private final List<String> key;
  private final List<TableColumn> columns;

  StoreTable(String tableName, List<String> key, TableColumn... columns) {
    this.tableName = tableName;
    this.key = key;
    this.columns = List.of(columns);
  }

  private static TableColumn col(String name, ColumnType type) {
    return new TableColumn(name, type);
  }

  @Override
  public String tableName() {
    return tableName;
  }

  /**
   * The columns that identify a row. The tables declare no constraints (as in the reference); the generator keeps
   * these unique, and tests read rows back in this order.
   */
  @Override
  public List<String> key() {
    return key;
  }

  @Override
  public List<TableColumn> columns() {
    return columns;
  }

  @Override
  public Stream<List<Object>> rows(StoreDataSet data) {
    return data.rows(this).map(TableRow::values);
  }
}
