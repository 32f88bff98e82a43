package dev.grainline.internal.model.schema;

import dev.grainline.internal.model.validation.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * The result of checking a model against a database schema: every mismatch at once, and how much was checked.
 * {@link #toString()} is the report as a person reads it.
 */
public record SchemaComparison(String model, String database, int tables, int columns, List<SchemaMismatch> mismatches) {
  public SchemaComparison {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(database, "database");
    mismatches = List.copyOf(mismatches);
  }

  /** Whether the database has every table and column the model reads, each of a type its declaration reads. */
  public boolean isClean() {
    return mismatches.isEmpty();
  }

  /** Every mismatch as diagnostics at the model nodes that read the table or column. */
  public List<Diagnostic> diagnostics() {
    return mismatches.stream().flatMap(m -> m.diagnostics().stream()).toList();
  }

  @Override
  public String toString() {
    String checked = tables + (tables == 1 ? " table, " : " tables, ") + columns
        + (columns == 1 ? " column" : " columns");
    if (isClean()) {
      return "model " + model + " matches " + database + ": " + checked + " checked";
    }
    StringBuilder text = new StringBuilder("model " + model + " does not match " + database + ": "
        + mismatches.size() + (mismatches.size() == 1 ? " mismatch" : " mismatches") + " in " + checked);
    mismatches.forEach(m -> text.append("\n  ").append(m.text()));
    return text.toString();
  }
}
