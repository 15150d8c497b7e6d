package dev.keyway.engine.partiql;

import dev.keyway.engine.partiql.PartiqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits a PartiQL statement into tokens; every malformed token is a syntax error. */
final class PartiqlLexer {
  private static final String TWO_CHAR_SYMBOLS = "<>!=<=>=<<>>";

  private PartiqlLexer() {}

  static List<PartiqlToken> tokens(String text) {
    List<PartiqlToken> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
        i = lineEnd(text, i); // a comment to the end of the line
      } else if (c == '\'' || c == '"') {
        i = quoted(text, i, c, out);
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
        i = number(text, i, out);
      } else if (Character.isLetter(c) || c == '_' || c == '$') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
            || text.charAt(i) == '$')) {
          i++;
        }
        out.add(new PartiqlToken(Kind.WORD, text.substring(start, i)));
      } else if (i + 1 < n && isTwoCharSymbol(text.substring(i, i + 2))) {
        out.add(new PartiqlToken(Kind.SYMBOL, text.substring(i, i + 2)));
        i += 2;
      } else if ("()[]{},.:*?=<>+-".indexOf(c) >= 0) {
        out.add(new PartiqlToken(Kind.SYMBOL, String.valueOf(c)));
        i++;
      } else {
        throw PartiqlErrors.syntax("Unexpected token");
      }
    }
    out.add(new PartiqlToken(Kind.END, ""));
    return out;
  }

  private static boolean isTwoCharSymbol(String s) {
    for (int k = 0; k < TWO_CHAR_SYMBOLS.length(); k += 2) {
      if (TWO_CHAR_SYMBOLS.startsWith(s, k)) {
        return true;
      }
    }
    return false;
  }

  private static int lineEnd(String text, int i) {
    int end = text.indexOf('\n', i);
    return end < 0 ? text.length() : end + 1;
  }

  /** A quoted string or identifier; the quote character is escaped by doubling it. */
  private static int quoted(String text, int start, char quote, List<PartiqlToken> out) {
    StringBuilder value = new StringBuilder();
    int i = start + 1;
    while (true) {
      if (i >= text.length()) {
        throw PartiqlErrors.syntax("Unexpected end of statement");
      }
      char c = text.charAt(i);
      if (c == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          value.append(quote);
          i += 2;
          continue;
        }
        out.add(new PartiqlToken(quote == '\'' ? Kind.STRING : Kind.QUOTED_IDENTIFIER, value.toString()));
        return i + 1;
      }
      value.append(c);
      i++;
    }
  }

  private static int number(String text, int start, List<PartiqlToken> out) {
    int i = start;
    int n = text.length();
    while (i < n && Character.isDigit(text.charAt(i))) {
      i++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && Character.isDigit(text.charAt(i))) {
        i++;
      }
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      int mark = i;
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      if (i >= n || !Character.isDigit(text.charAt(i))) {
        i = mark; // not an exponent: leave the letter to the next token
      } else {
        while (i < n && Character.isDigit(text.charAt(i))) {
          i++;
        }
      }
    }
    out.add(new PartiqlToken(Kind.NUMBER, text.substring(start, i)));
    return i;
  }
}
