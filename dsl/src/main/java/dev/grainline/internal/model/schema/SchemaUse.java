package dev.grainline.internal.model.schema;

import dev.grainline.internal.model.Origin;
import java.util.Objects;

/**
 * One place where the model reads a table or a column: the definition that reads it ({@code reader}, such as
 * "attribute v3.order_details.status" or "metric v3.total_revenue"), where that definition is declared, and the
 * model node it reads through ({@link dev.grainline.internal.model.expr.Node.ColumnRef} or
 * {@link dev.grainline.internal.model.TableRef}), by which the processor finds the call that made it.
 */
public record SchemaUse(String reader, Origin origin, Object node) {
  public SchemaUse {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(node, "node");
  }

  /** "attribute v3.order_details.status at OrderDetails.STATUS". */
  public String describe() {
    return origin == Origin.UNKNOWN ? reader : reader + " at " + origin;
  }
}
