package dev.keyway.engine.server.auth;

import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What authorization needs from a DynamoDB expression, read from its tokens rather than its
 * grammar: the top-level attribute names it mentions, and the value a key condition compares a
 * partition key with. An expression the engine would reject may be read loosely here; it never
 * runs, because the engine rejects it after authorization.
 */
final class ExpressionNames {
  /** Words that are operators or clause names in condition, key and update expressions. */
  private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "between", "in", "set", "remove", "add", "delete");

  private enum Kind { NAME, NAME_REF, VALUE_REF, NUMBER, SYMBOL }

  private record Token(Kind kind, String text) {}

  private ExpressionNames() {}

  /** The first element of every attribute path in the expression, with {@code #n} resolved. */
  static Set<String> topLevelNames(String expression, Map<String, String> names) {
    Set<String> out = new LinkedHashSet<>();
    if (expression == null) {
      return out;
    }
    List<Token> tokens = tokens(expression);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != Kind.NAME && t.kind() != Kind.NAME_REF) {
        continue;
      }
      boolean nested = i > 0 && isSymbol(tokens.get(i - 1), ".");
      boolean function = i + 1 < tokens.size() && isSymbol(tokens.get(i + 1), "(");
      boolean keyword = t.kind() == Kind.NAME && KEYWORDS.contains(t.text().toLowerCase(Locale.ROOT));
      if (!nested && !function && !keyword) {
        out.add(resolve(t, names));
      }
    }
    return out;
  }

  /** The values compared for equality with {@code attribute} ({@code a = :v} or {@code :v = a}). */
  static List<AttributeValue> equalities(
      String expression, String attribute, Map<String, String> names, Map<String, AttributeValue> values) {
    List<AttributeValue> out = new ArrayList<>();
    if (expression == null) {
      return out;
    }
    List<Token> tokens = tokens(expression);
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (!isSymbol(tokens.get(i), "=")) {
        continue;
      }
      Token left = tokens.get(i - 1);
      Token right = tokens.get(i + 1);
      Token value = isAttribute(left, attribute, names) ? right : isAttribute(right, attribute, names) ? left : null;
      if (value != null && value.kind() == Kind.VALUE_REF && values.get(value.text()) != null) {
        out.add(values.get(value.text()));
      }
    }
    return out;
  }

  private static boolean isAttribute(Token t, String attribute, Map<String, String> names) {
    return (t.kind() == Kind.NAME || t.kind() == Kind.NAME_REF) && attribute.equals(resolve(t, names));
  }

  private static String resolve(Token t, Map<String, String> names) {
    if (t.kind() == Kind.NAME_REF) {
      String name = names.get(t.text());
      return name != null ? name : t.text();
    }
    return t.text();
  }

  private static boolean isSymbol(Token t, String symbol) {
    return t.kind() == Kind.SYMBOL && t.text().equals(symbol);
  }

  private static List<Token> tokens(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '#' || c == ':' || isWordChar(c)) {
        int start = i;
        i++;
        while (i < s.length() && isWordChar(s.charAt(i))) {
          i++;
        }
        Kind kind =
            c == '#' ? Kind.NAME_REF : c == ':' ? Kind.VALUE_REF : Character.isDigit(c) ? Kind.NUMBER : Kind.NAME;
        out.add(new Token(kind, s.substring(start, i)));
      } else if ((c == '<' || c == '>') && i + 1 < s.length() && (s.charAt(i + 1) == '=' || s.charAt(i + 1) == '>')) {
        // <=, >= and <> are one operator each, never an equality.
        out.add(new Token(Kind.SYMBOL, s.substring(i, i + 2)));
        i += 2;
      } else {
        out.add(new Token(Kind.SYMBOL, String.valueOf(c)));
        i++;
      }
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
