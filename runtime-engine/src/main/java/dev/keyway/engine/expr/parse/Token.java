package dev.keyway.engine.expr.parse;

/** A token with its position in the expression text ({@code start} inclusive, {@code end} exclusive). */
record Token(Kind kind, String text, int start, int end) {

  enum Kind {
    /** A name: a letter followed by letters, digits or underscores. */
    IDENT,
    /** {@code #name}. */
    NAME_REF,
    /** {@code :value}. */
    VALUE_REF,
    /** Decimal digits (list indexes). */
    NUMBER,
    /** An operator or punctuation: = <> < <= > >= ( ) [ ] , . + - */
    SYMBOL,
    /** Any other character; it always causes a syntax error. */
    UNKNOWN,
    EOF
  }

  boolean is(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }

  /** Whether this is the keyword (identifiers are compared case-insensitively). */
  boolean isKeyword(String keyword) {
    return kind == Kind.IDENT && text.equalsIgnoreCase(keyword);
  }

  /** How DynamoDB names the token in a syntax error. */
  String display() {
    return kind == Kind.EOF ? "<EOF>" : text;
  }
}
