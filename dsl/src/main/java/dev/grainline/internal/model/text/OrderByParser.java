package dev.grainline.internal.model.text;

import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses an ORDER BY list: {@code orderBy := item ("," item)*},
 * {@code item := reference ["ASC" | "DESC"] ["NULLS" ("FIRST" | "LAST")]}. Ascending and NULLs last unless said
 * otherwise. Each {@link SortKey} spans its reference and its modifiers.
 */
final class OrderByParser {
  private final TokenCursor in;
  private final Spans spans;
  private final ReferenceParser references;

  OrderByParser(TokenCursor in, Spans spans, NameResolver names) {
    this.in = in;
    this.spans = spans;
    this.references = new ReferenceParser(in, spans, names);
  }

  List<SortKey> parse() {
    List<SortKey> keys = new ArrayList<>();
    do {
      keys.add(item());
    } while (in.accept(TokenKind.COMMA));
    return keys;
  }

  private SortKey item() {
    if (!references.atReference()) {
      throw in.expected(in.previous().isPresent() ? "a metric or dimension after ','" : "a metric or dimension");
    }
    Node reference = references.reference();
    int end = spans.end(reference);
    boolean descending = false;
    boolean nullsFirst = false;
    String next = "ASC, DESC, NULLS, ',' or end of input";
    if (in.at(Keyword.ASC) || in.at(Keyword.DESC)) {
      Token direction = in.next();
      descending = Keyword.DESC.matches(direction);
      end = direction.end();
      next = "NULLS, ',' or end of input";
    }
    if (in.accept(Keyword.NULLS)) {
      Token which = in.peek();
      if (!in.accept(Keyword.FIRST) && !in.accept(Keyword.LAST)) {
        throw in.expected("FIRST or LAST after NULLS");
      }
      nullsFirst = Keyword.FIRST.matches(which);
      end = which.end();
      next = "',' or end of input";
    }
    if (!in.at(TokenKind.COMMA) && !in.atEnd()) {
      throw in.expected(next);
    }
    return spans.record(new SortKey(reference, descending, nullsFirst), spans.start(reference), end);
  }
}
