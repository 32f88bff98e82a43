package dev.grainline.runtime;

import dev.grainline.model.text.Parsed;
import dev.grainline.model.text.Span;
import java.util.List;
import java.util.Optional;

/** The text a query was parsed from, so that errors can point into it; empty for typed queries. */
record QuerySource(
    List<String> metrics,
    List<Parsed<?>> dimensions,
    List<String> dimensionTexts,
    Optional<Parsed<?>> where,
    Optional<String> whereText,
    Optional<Parsed<?>> having,
    Optional<String> havingText,
    Optional<Parsed<?>> orderBy,
    Optional<String> orderByText) {
  static final QuerySource NONE = new QuerySource(List.of(), List.of(), List.of(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** Where a node of a parsed part came from. */
  static Optional<QueryError.Position> locate(Optional<Parsed<?>> parsed, Optional<String> text, String part,
      Object node) {
    if (parsed.isEmpty() || text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Span> span = parsed.get().span(node);
    return span.map(s -> new QueryError.Position(part, text.get(), s.start(), s.end()));
  }
}
