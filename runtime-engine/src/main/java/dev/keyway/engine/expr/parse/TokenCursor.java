package dev.keyway.engine.expr.parse;

import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.error.ValidationException;
import java.util.List;

/** A position in a token list, and DynamoDB's syntax error built from it. */
final class TokenCursor {
  private final String text;
  private final ExpressionKind kind;
  private final List<Token> tokens;
  private int pos;

  TokenCursor(String text, ExpressionKind kind) {
    this.text = text;
    this.kind = kind;
    this.tokens = Tokenizer.tokenize(text);
  }

  Token peek() {
    return tokens.get(pos);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  Token next() {
    Token t = tokens.get(pos);
    if (pos < tokens.size() - 1) {
      pos++;
    }
    return t;
  }

  boolean accept(String symbol) {
    if (peek().is(symbol)) {
      pos++;
      return true;
    }
    return false;
  }

  boolean acceptKeyword(String keyword) {
    if (peek().isKeyword(keyword)) {
      pos++;
      return true;
    }
    return false;
  }

  void expect(String symbol) {
    if (!accept(symbol)) {
      throw syntaxError();
    }
  }

  void expectEnd() {
    if (peek().kind() != Token.Kind.EOF) {
      throw syntaxError();
    }
  }

  /**
   * DynamoDB's syntax error at the current token. {@code near} runs from the start of the previous
   * token to the end of the next one (or of the text, at the end).
   */
  ValidationException syntaxError() {
    Token current = peek();
    int from = pos > 0 ? tokens.get(pos - 1).start() : current.start();
    int to;
    if (current.kind() == Token.Kind.EOF) {
      to = text.length();
      if (pos == 0) {
        from = 0;
      }
    } else {
      Token after = tokens.get(pos + 1);
      to = after.kind() == Token.Kind.EOF ? current.end() : after.end();
    }
    return new ValidationException(
        "Invalid "
            + kind.parameter()
            + ": Syntax error; token: \""
            + current.display()
            + "\", near: \""
            + text.substring(from, to)
            + "\"");
  }
}
