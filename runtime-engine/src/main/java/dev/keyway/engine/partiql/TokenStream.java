package dev.keyway.engine.partiql;

import dev.keyway.engine.partiql.PartiqlToken.Kind;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parser's cursor over tokens and parameters, with the nesting budget that keeps hostile
 * statements from exhausting the stack.
 */
final class TokenStream {
  /** Words that are keywords of the grammar; unquoted they never name an attribute or table. */
  static final Set<String> KEYWORDS = Set.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN",
      "BETWEEN", "IS", "MISSING", "NULL", "TRUE", "FALSE", "INSERT", "INTO", "VALUE", "VALUES",
      "UPDATE", "SET", "REMOVE", "DELETE", "RETURNING", "ORDER", "BY", "ASC", "DESC", "EXISTS",
      "LIMIT", "OFFSET", "JOIN", "GROUP", "HAVING", "UNION", "AS", "AT", "DISTINCT", "LIKE",
      "CASE", "WHEN", "THEN", "ELSE", "END", "ON", "CAST");

  private final List<PartiqlToken> tokens;
  private final List<AttributeValue> parameters;
  private final int maxDepth;
  private int position;
  private int nextParameter;
  private int depth;

  TokenStream(List<PartiqlToken> tokens, List<AttributeValue> parameters, int maxDepth) {
    this.tokens = tokens;
    this.parameters = parameters;
    this.maxDepth = maxDepth;
  }

  PartiqlToken peek() {
    return tokens.get(position);
  }

  PartiqlToken peek(int ahead) {
    return tokens.get(Math.min(position + ahead, tokens.size() - 1));
  }

  PartiqlToken next() {
    PartiqlToken t = tokens.get(position);
    if (t.kind() != Kind.END) {
      position++;
    }
    return t;
  }

  boolean acceptWord(String word) {
    if (peek().isWord(word)) {
      position++;
      return true;
    }
    return false;
  }

  boolean acceptSymbol(String symbol) {
    if (peek().isSymbol(symbol)) {
      position++;
      return true;
    }
    return false;
  }

  void expectWord(String word) {
    if (!acceptWord(word)) {
      throw unexpected();
    }
  }

  void expectSymbol(String symbol) {
    if (!acceptSymbol(symbol)) {
      throw unexpected();
    }
  }

  void expectEnd() {
    if (peek().kind() != Kind.END) {
      throw unexpected();
    }
  }

  boolean atKeyword() {
    return peek().kind() == Kind.WORD && isKeyword(peek().text());
  }

  static boolean isKeyword(String word) {
    return KEYWORDS.contains(word.toUpperCase(Locale.ROOT));
  }

  /** The next {@code ?}'s value; running out is DynamoDB's parameter-count error. */
  AttributeValue parameter() {
    if (nextParameter >= parameters.size()) {
      throw PartiqlErrors.parameterCount();
    }
    return parameters.get(nextParameter++);
  }

  /** Fails unless every parameter was used. */
  void checkAllParametersUsed() {
    if (nextParameter != parameters.size()) {
      throw PartiqlErrors.parameterCount();
    }
  }

  /** Enters one level of nesting (parentheses, NOT, a list, map or set literal). */
  void enter() {
    if (++depth > maxDepth) {
      throw PartiqlErrors.syntax("Statement nested too deeply");
    }
  }

  void leave() {
    depth--;
  }

  /** The syntax error for the token at the cursor, worded by its kind. */
  ValidationException unexpected() {
    PartiqlToken t = peek();
    if (t.kind() == Kind.END) {
      return PartiqlErrors.syntax("Unexpected end of statement");
    }
    if (t.kind() == Kind.WORD && isKeyword(t.text())) {
      return PartiqlErrors.syntax("Unexpected keyword");
    }
    return PartiqlErrors.syntax("Unexpected token");
  }
}
