package dev.keyway.engine.expr.parse;

import java.util.ArrayList;
import java.util.List;

/** Splits expression text into tokens. Never fails: unknown characters become UNKNOWN tokens. */
final class Tokenizer {
  private Tokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      Token.Kind kind;
      if (isLetter(c)) {
        i = skipWord(text, i + 1);
        kind = Token.Kind.IDENT;
      } else if ((c == '#' || c == ':') && i + 1 < n && isWordChar(text.charAt(i + 1))) {
        i = skipWord(text, i + 1);
        kind = c == '#' ? Token.Kind.NAME_REF : Token.Kind.VALUE_REF;
      } else if (c >= '0' && c <= '9') {
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        kind = Token.Kind.NUMBER;
      } else if ((c == '<' || c == '>') && i + 1 < n && text.charAt(i + 1) == '=') {
        i += 2;
        kind = Token.Kind.SYMBOL;
      } else if (c == '<' && i + 1 < n && text.charAt(i + 1) == '>') {
        i += 2;
        kind = Token.Kind.SYMBOL;
      } else if ("=<>()[],.+-".indexOf(c) >= 0) {
        i++;
        kind = Token.Kind.SYMBOL;
      } else {
        i += Character.charCount(text.codePointAt(i));
        kind = Token.Kind.UNKNOWN;
      }
      tokens.add(new Token(kind, text.substring(start, i), start, i));
    }
    tokens.add(new Token(Token.Kind.EOF, "", n, n));
    return tokens;
  }

  private static int skipWord(String text, int i) {
    while (i < text.length() && isWordChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isWordChar(char c) {
    return isLetter(c) || (c >= '0' && c <= '9') || c == '_';
  }
}
