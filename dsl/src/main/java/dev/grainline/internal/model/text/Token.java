package dev.grainline.internal.model.text;

import java.util.Objects;

/**
 * A token of query text: its kind, its text as written, its value (for a string, the text without quotes and with
 * {@code ''} read as one quote; for every other kind, the text), and its 0-based span [start, end).
 */
record Token(TokenKind kind, String text, String value, int start, int end) {
  Token {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
  }

  Token(TokenKind kind, String text, int start) {
    this(kind, text, text, start, start + text.length());
  }

  Span span() {
    return new Span(start, end);
  }

  /** How messages name the token: {@code end of input}, {@code 'v3.x'}, {@code ')'}, {@code 'it''s'}. */
  String describe() {
    if (kind == TokenKind.END) {
      return "end of input";
    }
    return quoted();
  }

  /** The token's text in single quotes; a string token is already quoted. Long texts are shortened. */
  String quoted() {
    String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
    return kind == TokenKind.STRING ? shown : "'" + shown + "'";
  }

  /** The 1-based column of the token's first character, as messages show it. */
  int column() {
    return start + 1;
  }
}
