package dev.keyway.engine.partiql;

/** One token of a PartiQL statement; {@code text} is the identifier or string without quotes. */
record PartiqlToken(Kind kind, String text) {

  enum Kind {
    /** A bare word: a keyword or an unquoted identifier. */
    WORD,
    /** A double-quoted identifier. */
    QUOTED_IDENTIFIER,
    /** A single-quoted string literal. */
    STRING,
    NUMBER,
    /** Punctuation and operators: ( ) [ ] { } , . : * ? = <> != < <= > >= << >> + -. */
    SYMBOL,
    END
  }

  boolean isWord(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  boolean isSymbol(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }
}
