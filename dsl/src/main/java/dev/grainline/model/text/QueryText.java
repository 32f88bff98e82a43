package dev.grainline.model.text;

import dev.grainline.model.SemanticModel;
import dev.grainline.model.SortKey;
import dev.grainline.model.expr.Expr;
import dev.grainline.model.expr.Expr.AttributeRef;
import java.util.List;

/**
 * Parses the text forms of query parts, as a dashboard or an HTTP endpoint sends them: dimension names
 * ({@code v3.date.week[order]}), filters ({@code v3.date.year[order] >= 2024 AND v3.product.category IN ('Books')}) and
 * ORDER BY lists ({@code v3.total_revenue desc}). Names are resolved against the model only as far as telling metrics
 * from attributes; whether they exist and are reachable is the query resolver's business, so that every kind of
 * query gets the same checks and messages.
 */
public final class QueryText {
  private QueryText() {}

  /** A dimension reference: entity, attribute and optional role path. */
  public static Parsed<AttributeRef> dimension(String text, SemanticModel model) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** A filter expression over metrics and dimensions, with typed literals. */
  public static Parsed<Expr> filter(String text, SemanticModel model) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** A comma-separated ORDER BY list. */
  public static Parsed<List<SortKey>> orderBy(String text, SemanticModel model) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
