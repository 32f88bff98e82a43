package dev.grainline.internal.model.text;

/** The kinds of tokens of query text. */
enum TokenKind {
  /** An identifier or a dotted name, lexed as one token: {@code v3.product.category}, {@code and}, {@code home}. */
  NAME,
  /** An unsigned number: {@code 42}, {@code 1.50}, {@code 1e3}; its type follows from its shape. */
  NUMBER,
  /** A single-quoted string; the token's value is the text without quotes, {@code ''} read as one quote. */
  STRING,
  EQ,
  /** {@code <>} or {@code !=}. */
  NE,
  LT,
  LE,
  GT,
  GE,
  PLUS,
  MINUS,
  STAR,
  SLASH,
  LPAREN,
  RPAREN,
  LBRACKET,
  RBRACKET,
  /** {@code ->} between the roles of a role path. */
  ARROW,
  COMMA,
  /** The end of the input; a zero-width token at its length. */
  END
}
