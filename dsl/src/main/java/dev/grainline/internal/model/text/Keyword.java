package dev.grainline.internal.model.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The keywords of query text, matched case-insensitively against single-identifier {@link TokenKind#NAME} tokens. A
 * dotted name is never a keyword, so {@code v3.order_details.in} is an ordinary name. Reserved keywords cannot
 * stand alone as a reference; {@link #FIRST} and {@link #LAST} mean something only after {@link #NULLS}.
 */
enum Keyword {
  AND(true),
  OR(true),
  NOT(true),
  IS(true),
  NULL(true),
  IN(true),
  BETWEEN(true),
  LIKE(true),
  TRUE(true),
  FALSE(true),
  DATE(true),
  TIMESTAMP(true),
  ASC(true),
  DESC(true),
  NULLS(true),
  FIRST(false),
  LAST(false);

  private final boolean reserved;

  Keyword(boolean reserved) {
    this.reserved = reserved;
  }

  boolean matches(Token token) {
    return token.kind() == TokenKind.NAME && token.text().equalsIgnoreCase(name());
  }

  /** Whether the token is a reserved keyword, which cannot be the name of a metric or dimension. */
  static boolean isReserved(Token token) {
    return token.kind() == TokenKind.NAME && RESERVED.contains(token.text().toUpperCase(Locale.ROOT));
  }

  private static final Set<String> RESERVED = Arrays.stream(values())
      .filter(k -> k.reserved)
      .map(Keyword::name)
      .collect(Collectors.toUnmodifiableSet());
}
