package dev.grainline.runtime;

import dev.grainline.internal.model.schema.SchemaComparison;
import dev.grainline.internal.model.schema.SchemaMismatch;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SemanticLayer#verifySchema()} found: every table, column and column type the model reads that the
 * database does not have, all at once. {@link #toString()} is the report as a person reads it.
 */
public final class SchemaReport {
  private final SchemaComparison comparison;
  private final List<Mismatch> mismatches;

  SchemaReport(SchemaComparison comparison) {
    this.comparison = Objects.requireNonNull(comparison, "comparison");
    this.mismatches = comparison.mismatches().stream()
        .map(Mismatch::of)
        .toList();
  }

  /** Whether the database has every table and column the model reads, each of a type its declaration reads. */
  public boolean isClean() {
    return mismatches.isEmpty();
  }

  /** Every mismatch: a missing table or column (with a "did you mean"), or a column of another type. */
  public List<Mismatch> mismatches() {
    return mismatches;
  }

  /** How many of the model's tables were checked. */
  public int tables() {
    return comparison.tables();
  }

  /** How many of the model's columns were checked. */
  public int columns() {
    return comparison.columns();
  }

  @Override
  public String toString() {
    return comparison.toString();
  }

  /**
   * One difference: its stable id ({@code GrainlineSchemaTable}, {@code GrainlineSchemaColumn},
   * {@code GrainlineSchemaType}) and the message, which names every definition that reads the table or column.
   */
  public record Mismatch(String id, String message) {
    public Mismatch {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(message, "message");
    }

    static Mismatch of(SchemaMismatch mismatch) {
      return new Mismatch(mismatch.message().id(), mismatch.text());
    }
  }
}
