package dev.grainline.runtime;

import dev.grainline.QueryError;
import dev.grainline.internal.model.text.Parsed;
import java.util.List;
import java.util.Optional;

/** The text a query was parsed from, so that errors can point into it; empty for typed queries. */
record QuerySource(
    List<String> metrics, List<String> dimensions, Optional<Part> where, Optional<Part> having,
    Optional<Part> orderBy) {
  static final QuerySource NONE =
      new QuerySource(List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

  /** One parsed part of a text query: its name in messages ("where"), its text, and where its nodes came from. */
  record Part(String name, String text, Parsed<?> parsed) {
    Optional<QueryError.Position> locate(Object node) {
      return parsed.span(node).map(s -> new QueryError.Position(name, text, s.start(), s.end()));
    }
  }

  static Optional<QueryError.Position> locate(Optional<Part> part, Object node) {
    return part.flatMap(p -> p.locate(node));
  }
}
