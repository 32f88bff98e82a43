package dev.grainline.internal.model.text;

import dev.grainline.internal.model.validation.Message;
import java.util.List;
import java.util.Optional;

/** A position in the tokens of one input, and the errors that point into that input. */
final class TokenCursor {
  private final String input;
  private final List<Token> tokens;
  private int index;

  TokenCursor(String input) {
    this.input = input;
    this.tokens = Lexer.tokenize(input);
  }

  String input() {
    return input;
  }

  Token peek() {
    return tokens.get(index);
  }

  /** The token {@code ahead} tokens after the current one; the end token past the end. */
  Token peek(int ahead) {
    return tokens.get(Math.min(index + ahead, tokens.size() - 1));
  }

  /** The token before the current one, if there is one. */
  Optional<Token> previous() {
    return index == 0 ? Optional.empty() : Optional.of(tokens.get(index - 1));
  }

  /** Consumes and returns the current token; at the end, keeps returning the end token. */
  Token next() {
    Token token = tokens.get(index);
    if (token.kind() != TokenKind.END) {
      index++;
    }
    return token;
  }

  boolean at(TokenKind kind) {
    return peek().kind() == kind;
  }

  boolean at(Keyword keyword) {
    return keyword.matches(peek());
  }

  boolean atEnd() {
    return at(TokenKind.END);
  }

  /** Consumes the current token if it is of this kind. */
  boolean accept(TokenKind kind) {
    if (at(kind)) {
      next();
      return true;
    }
    return false;
  }

  /** Consumes the current token if it is this keyword. */
  boolean accept(Keyword keyword) {
    if (at(keyword)) {
      next();
      return true;
    }
    return false;
  }

  /** Consumes a token of this kind, or fails with "expected {@code what}, found ...". */
  Token expect(TokenKind kind, String what) {
    if (!at(kind)) {
      throw expected(what);
    }
    return next();
  }

  /** "expected {@code what}, found 'x'", pointing at the current token. */
  QueryTextException expected(String what) {
    return error(Message.SYNTAX_EXPECTED, peek().span(), what, peek().describe());
  }

  QueryTextException error(Message message, Span span, Object... args) {
    return new QueryTextException(message, input, span, args);
  }
}
