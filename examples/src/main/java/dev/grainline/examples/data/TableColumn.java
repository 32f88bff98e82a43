package dev.grainline.examples.data;

import java.util.Objects;

/** A column of one of the store's tables. */
public record TableColumn(String name, ColumnType type) {
  public TableColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
