package dev.grainline.internal.model.text;

import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.SortKey;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.query.QueryLimits;
import dev.grainline.internal.model.validation.Message;
import java.util.List;
import java.util.Objects;

/**
 * Parses the text forms of query parts, as a dashboard or an HTTP endpoint sends them: dimension names
 * ({@code v3.date.week[order]}), filters ({@code v3.date.year[order] >= 2024 AND v3.product.category IN ('Books')}) and
 * ORDER BY lists ({@code v3.total_revenue desc}). Names are resolved against the model only as far as telling metrics
 * from attributes; whether they exist and are reachable is the query resolver's business, so that every kind of
 * query gets the same checks and messages.
 *
 * <h2>Grammar</h2>
 *
 * <pre>
 * filter         := or
 * or             := and ("OR" and)*
 * and            := not ("AND" not)*
 * not            := "NOT" not | predicate
 * predicate      := additive [ compOp additive
 *                            | "IS" ["NOT"] "NULL"
 *                            | ["NOT"] "IN" "(" additive ("," additive)* ")"
 *                            | ["NOT"] "BETWEEN" additive "AND" additive
 *                            | ["NOT"] "LIKE" additive ]
 * additive       := multiplicative (("+" | "-") multiplicative)*
 * multiplicative := unary (("*" | "/") unary)*
 * unary          := "-" unary | primary
 * primary        := literal | reference | "(" or ")"
 * compOp         := "=" | "!=" | "&lt;&gt;" | "&lt;" | "&lt;=" | "&gt;" | "&gt;="
 * literal        := integer | decimal | double | string | "TRUE" | "FALSE"
 *                 | "DATE" string | "TIMESTAMP" string
 * reference      := name ["[" ident ("-&gt;" ident)* "]"]
 *
 * orderBy        := orderItem ("," orderItem)*
 * orderItem      := reference ["ASC" | "DESC"] ["NULLS" ("FIRST" | "LAST")]
 *
 * dimension      := reference
 *
 * name           := ident ("." ident)*           (one token: no space around the dots)
 * ident          := [A-Za-z_][A-Za-z0-9_]*
 * integer        := digit+                       INTEGER if it fits an int, else BIGINT; beyond a long an error
 * decimal        := digit+ "." digit+            DECIMAL (BigDecimal, scale as written)
 * double         := digit+ ["." digit+] ("e" | "E") ["+" | "-"] digit+    DOUBLE
 * string         := "'" (any character but "'" | "''")* "'"              TEXT; '' is one quote
 *                   after DATE: 'yyyy-mm-dd' (LocalDate); after TIMESTAMP: 'yyyy-mm-dd hh:mm[:ss[.fff]]'
 *                   (LocalDateTime, up to nine fraction digits)
 * </pre>
 *
 * <p>Keywords are case-insensitive. AND, OR, NOT, IS, NULL, IN, BETWEEN, LIKE, TRUE, FALSE, DATE, TIMESTAMP, ASC,
 * DESC and NULLS are reserved where a reference could start; a dotted name is never a keyword
 * ({@code v3.order_details.in} is a name). The AND of a BETWEEN belongs to the BETWEEN, so
 * {@code x BETWEEN 1 AND 2 AND y = 3} is a conjunction of two predicates. A chain of ANDs (ORs) is one
 * {@link Node.And} ({@link Node.Or}); a parenthesized chain stays a separate node. {@code !=} is {@link
 * dev.grainline.internal.model.expr.ComparisonOp#NE}; NOT IN, NOT BETWEEN and NOT LIKE set the node's {@code negated} flag
 * and IS NOT NULL is {@code IsNull(x, true)}. A unary minus on a numeric literal folds into a negative literal (the
 * type follows from the value); on anything else it is an {@link Node.Negate}. NULL is not a value: {@code x = NULL}
 * is an error that points to IS NULL.
 *
 * <h2>Names</h2>
 *
 * A reference whose name (without role path) is a metric of the model is an {@link Node.MetricUse}; a role path on
 * it is an error. Otherwise it is an {@link AttributeRef}: of the longest entity of the model that the name starts
 * with, followed by a dot and one identifier; of the name up to its last dot when no entity fits, so that the query
 * resolver reports the unknown name with "did you mean"; of entity "" for a name without a dot.
 * {@code [customer->home]} is {@code RolePath(["customer", "home"])}.
 *
 * <h2>Spans</h2>
 *
 * Every node created gets a 0-based [start, end) {@link Span} in the {@link Parsed} result, by identity: literals
 * and references their text (a folded literal from its minus), operators from their first operand or keyword to
 * their last operand or token, a parenthesized expression its parentheses, role paths their brackets, sort keys
 * their item. Syntax errors are {@link QueryTextException}s whose span points at the offending token, or at the end
 * of the input.
 */
public final class QueryText {
  private QueryText() {}

  /** A dimension reference: entity, attribute and optional role path; whitespace around it is allowed. */
  public static Parsed<AttributeRef> dimension(String text, Model model) {
    Objects.requireNonNull(model, "model");
    checkName("dimension name", Objects.requireNonNull(text, "text"));
    TokenCursor in = new TokenCursor(text);
    Spans spans = new Spans();
    ReferenceParser references = new ReferenceParser(in, spans, new NameResolver(model));
    if (!references.atReference()) {
      throw in.expected("a dimension, such as v3.product.category");
    }
    AttributeRef dimension = references.dimension();
    if (!in.atEnd()) {
      throw in.expected("end of input after the dimension");
    }
    return new Parsed<>(dimension, spans.asMap());
  }

  /** A filter expression over metrics and dimensions, with typed literals. */
  public static Parsed<Node> filter(String text, Model model) {
    Objects.requireNonNull(model, "model");
    checkLength(Objects.requireNonNull(text, "text"));
    TokenCursor in = new TokenCursor(text);
    Spans spans = new Spans();
    Node filter = new FilterParser(in, spans, new NameResolver(model)).parse();
    return new Parsed<>(filter, spans.asMap());
  }

  /**
   * Filters arrive from outside (dashboards, HTTP requests); a bound on their length bounds the depth of the trees
   * that later stages walk recursively. No real filter comes near it.
   */
  public static final int MAX_FILTER_LENGTH = 10_000;

  private static void checkLength(String text) {
    if (text.length() > MAX_FILTER_LENGTH) {
      throw new QueryTextException(Message.SYNTAX_TOO_LONG, text, new Span(MAX_FILTER_LENGTH, text.length()),
          MAX_FILTER_LENGTH, text.length());
    }
  }

  /**
   * A name of a metric or dimension is at most {@link QueryLimits#MAX_NAME_LENGTH} characters long: checked before
   * it is read, so that a huge one costs nothing, neither to read nor to find "did you mean" suggestions for.
   *
   * @param what what the name is, for the message: "metric name"
   */
  public static void checkName(String what, String text) {
    if (text.length() > QueryLimits.MAX_NAME_LENGTH) {
      throw new QueryTextException(Message.INPUT_NAME_TOO_LONG, text,
          new Span(QueryLimits.MAX_NAME_LENGTH, text.length()), QueryLimits.nameArgs(what, text));
    }
  }

  /** An ORDER BY list names a few metrics and dimensions; its text is bounded like a filter's. */
  public static final int MAX_ORDER_BY_LENGTH = MAX_FILTER_LENGTH;

  /** A comma-separated ORDER BY list. */
  public static Parsed<List<SortKey>> orderBy(String text, Model model) {
    Objects.requireNonNull(model, "model");
    if (Objects.requireNonNull(text, "text").length() > MAX_ORDER_BY_LENGTH) {
      throw new QueryTextException(Message.INPUT_TEXT_TOO_LONG, text,
          new Span(MAX_ORDER_BY_LENGTH, text.length()), MAX_ORDER_BY_LENGTH, text.length());
    }
    TokenCursor in = new TokenCursor(text);
    Spans spans = new Spans();
    List<SortKey> keys = new OrderByParser(in, spans, new NameResolver(model)).parse();
    return new Parsed<>(List.copyOf(keys), spans.asMap());
  }
}
