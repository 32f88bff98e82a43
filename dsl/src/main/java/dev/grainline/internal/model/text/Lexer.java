package dev.grainline.internal.model.text;

import dev.grainline.internal.model.validation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits query text into tokens. A dotted name ({@code v3.product.category}) is one token, so a name cannot contain
 * spaces; numbers are unsigned (the parser folds a leading minus into them); strings are single-quoted with
 * {@code ''} for a quote. The token list always ends with one {@link TokenKind#END} token.
 *
 * <p>Lexical errors (an unterminated string, a character that is no part of the language, a malformed number or
 * name) are reported as {@link QueryTextException}s pointing at the offending characters.
 */
final class Lexer {
  private final String input;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;

  private Lexer(String input) {
    this.input = input;
  }

  static List<Token> tokenize(String input) {
    return new Lexer(input).run();
  }

  private List<Token> run() {
    while (true) {
      while (pos < input.length() && isSpace(input.charAt(pos))) {
        pos++;
      }
      if (pos >= input.length()) {
        tokens.add(new Token(TokenKind.END, "", input.length()));
        return tokens;
      }
      char c = input.charAt(pos);
      if (isIdentifierStart(c)) {
        name();
      } else if (isDigit(c)) {
        number();
      } else if (c == '\'') {
        string();
      } else {
        symbol(c);
      }
    }
  }

  /** {@code ident ("." ident)*}, with no space around the dots. */
  private void name() {
    int start = pos;
    identifier();
    while (pos < input.length() && input.charAt(pos) == '.') {
      if (pos + 1 < input.length() && isIdentifierStart(input.charAt(pos + 1))) {
        pos++;
        identifier();
      } else {
        throw error(Message.SYNTAX_NAME_AFTER, charSpan(pos + 1), input.substring(start, pos + 1),
            describeAt(pos + 1));
      }
    }
    tokens.add(new Token(TokenKind.NAME, input.substring(start, pos), start));
  }

  private void identifier() {
    pos++;
    while (pos < input.length() && isIdentifierPart(input.charAt(pos))) {
      pos++;
    }
  }

  /** {@code digits ["." digits] [("e"|"E") ["+"|"-"] digits]}; anything glued to it makes it malformed. */
  private void number() {
    int start = pos;
    digits();
    if (pos + 1 < input.length() && input.charAt(pos) == '.' && isDigit(input.charAt(pos + 1))) {
      pos++;
      digits();
    }
    if (pos < input.length() && (input.charAt(pos) == 'e' || input.charAt(pos) == 'E')) {
      int exponent = pos;
      pos++;
      if (pos < input.length() && (input.charAt(pos) == '+' || input.charAt(pos) == '-')) {
        pos++;
      }
      if (pos < input.length() && isDigit(input.charAt(pos))) {
        digits();
      } else {
        pos = exponent;
        throw malformedNumber(start);
      }
    }
    if (pos < input.length() && (isIdentifierPart(input.charAt(pos)) || input.charAt(pos) == '.')) {
      throw malformedNumber(start);
    }
    tokens.add(new Token(TokenKind.NUMBER, input.substring(start, pos), start));
  }

  private void digits() {
    while (pos < input.length() && isDigit(input.charAt(pos))) {
      pos++;
    }
  }

  /** "'12abc' is not a number", spanning the whole glued-together run. */
  private QueryTextException malformedNumber(int start) {
    int end = pos;
    while (end < input.length() && (isIdentifierPart(input.charAt(end)) || input.charAt(end) == '.'
        || ((input.charAt(end) == '+' || input.charAt(end) == '-')
            && (input.charAt(end - 1) == 'e' || input.charAt(end - 1) == 'E')))) {
      end++;
    }
    return error(Message.SYNTAX_NOT_A_NUMBER, new Span(start, end), input.substring(start, end));
  }

  private void string() {
    int start = pos;
    StringBuilder value = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= input.length()) {
        throw error(Message.SYNTAX_UNTERMINATED_STRING, new Span(start, input.length()), start + 1);
      }
      char c = input.charAt(pos);
      if (c == '\'') {
        if (pos + 1 < input.length() && input.charAt(pos + 1) == '\'') {
          value.append('\'');
          pos += 2;
        } else {
          pos++;
          break;
        }
      } else {
        value.append(c);
        pos++;
      }
    }
    tokens.add(new Token(TokenKind.STRING, input.substring(start, pos), value.toString(), start, pos));
  }

  private void symbol(char c) {
    char next = pos + 1 < input.length() ? input.charAt(pos + 1) : '\0';
    switch (c) {
      case '=' -> {
        if (next == '=') {
          throw error(Message.SYNTAX_DOUBLE_EQUALS, new Span(pos, pos + 2));
        }
        add(TokenKind.EQ, 1);
      }
      case '!' -> {
        if (next != '=') {
          throw error(Message.SYNTAX_EXCLAMATION_MARK, charSpan(pos), pos + 1);
        }
        add(TokenKind.NE, 2);
      }
      case '<' -> {
        if (next == '=') {
          add(TokenKind.LE, 2);
        } else if (next == '>') {
          add(TokenKind.NE, 2);
        } else {
          add(TokenKind.LT, 1);
        }
      }
      case '>' -> add(next == '=' ? TokenKind.GE : TokenKind.GT, next == '=' ? 2 : 1);
      case '-' -> add(next == '>' ? TokenKind.ARROW : TokenKind.MINUS, next == '>' ? 2 : 1);
      case '+' -> add(TokenKind.PLUS, 1);
      case '*' -> add(TokenKind.STAR, 1);
      case '/' -> add(TokenKind.SLASH, 1);
      case '(' -> add(TokenKind.LPAREN, 1);
      case ')' -> add(TokenKind.RPAREN, 1);
      case '[' -> add(TokenKind.LBRACKET, 1);
      case ']' -> add(TokenKind.RBRACKET, 1);
      case ',' -> add(TokenKind.COMMA, 1);
      case '"' -> throw error(Message.SYNTAX_DOUBLE_QUOTE, charSpan(pos), pos + 1);
      default -> throw error(Message.SYNTAX_CHARACTER, charSpan(pos), describeAt(pos), pos + 1);
    }
  }

  private void add(TokenKind kind, int length) {
    tokens.add(new Token(kind, input.substring(pos, pos + length), pos));
    pos += length;
  }

  /** The character at {@code at} as messages name it: {@code 'x'}, {@code U+0007}, or {@code end of input}. */
  private String describeAt(int at) {
    if (at >= input.length()) {
      return "end of input";
    }
    if (isSpace(input.charAt(at))) {
      return "whitespace";
    }
    int codePoint = input.codePointAt(at);
    if (Character.isISOControl(codePoint) || !Character.isDefined(codePoint)
        || Character.isSurrogate(input.charAt(at))) {
      return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
    return "'" + Character.toString(codePoint) + "'";
  }

  /** The span of the code point at {@code at}, or the zero-width span at the end of the input. */
  private Span charSpan(int at) {
    if (at >= input.length()) {
      return new Span(input.length(), input.length());
    }
    return new Span(at, at + Character.charCount(input.codePointAt(at)));
  }

  private QueryTextException error(Message message, Span span, Object... args) {
    return new QueryTextException(message, input, span, args);
  }

  /** Whitespace, including the no-break spaces that copying from a web page brings along. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
