package dev.keyway.engine.expr.parse;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.expr.ast.Path;
import dev.keyway.engine.expr.ast.PathElement;
import dev.keyway.engine.expr.ast.ProjectionExpression;
import dev.keyway.engine.expr.ast.UpdateExpression;
import dev.keyway.engine.expr.ast.UpdateAction;
import dev.keyway.error.ValidationException;
import dev.keyway.model.Strings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive-descent parser for DynamoDB's expression languages. It only checks syntax (plus the
 * emptiness and size limits of the text); every semantic rule (reserved words, placeholders,
 * function names and arity, operand types, path overlaps) belongs to the resolver.
 *
 * <p>Grammar (keywords case-insensitive):
 *
 * <pre>
 * condition  := and (OR and)*
 * and        := not (AND not)*
 * not        := NOT not | '(' condition ')' | operand [comparator operand
 *               | BETWEEN operand AND operand | IN '(' operand (',' operand)* ')']
 * operand    := ident '(' operand (',' operand)* ')' | path | :value
 * update     := (SET set (',' set)* | REMOVE path (',' path)* | ADD path :value (',' ..)*
 *               | DELETE path :value (',' ..)*)+
 * set        := path '=' value [('+' | '-') value]
 * value      := '(' value [('+'|'-') value] ')' | ident '(' value (',' value)* ')' | path | :value
 * projection := path (',' path)*
 * path       := (ident | #name) ('.' (ident | #name) | '[' digits ']')*
 * </pre>
 */
public final class ExpressionParser {
  /** DynamoDB's limit on the size of one expression, in UTF-8 bytes. */
  public static final int MAX_EXPRESSION_BYTES = 4096;

  /**
   * Words that can never be a path name (a syntax error there). REMOVE is not among them: in a
   * path it gives the reserved-word error instead.
   */
  private static final Set<String> KEYWORDS =
      Set.of("AND", "OR", "NOT", "BETWEEN", "IN", "SET", "ADD", "DELETE");

  /** DynamoDB's limit on operators and functions in one expression. */
  static final int MAX_OPERATORS = 300;

  /**
   * Parenthesised groups nested deeper than this: with at most {@link #MAX_OPERATORS} operators,
   * some pair must wrap nothing but another group, which DynamoDB rejects as redundant. The bound
   * also keeps this recursive parser far from the thread's stack limit (4 KB of "(" overflowed it).
   */
  static final int MAX_GROUP_DEPTH = MAX_OPERATORS;

  private final TokenCursor in;
  private final ExpressionKind kind;
  private int operators;
  private int groupDepth;
  private boolean redundantParens;

  private ExpressionParser(String text, ExpressionKind kind) {
    this.in = new TokenCursor(text, kind);
    this.kind = kind;
  }

  /** Counts one operator or function call; recursion through operators ends at the limit. */
  private void operator() {
    if (++operators > MAX_OPERATORS) {
      throw new ValidationException("Invalid " + kind.parameter()
          + ": The expression contains too many operators; operator count: " + operators);
    }
  }

  private void enterGroup() {
    if (++groupDepth > MAX_GROUP_DEPTH) {
      throw new ValidationException(
          "Invalid " + kind.parameter() + ": The expression has redundant parentheses;");
    }
  }

  private void leaveGroup() {
    groupDepth--;
  }

  /** Parses a condition, filter or key condition expression. */
  public static Condition parseCondition(String text, ExpressionKind kind) {
    checkText(text, kind);
    ExpressionParser p = new ExpressionParser(text, kind);
    Condition c = p.condition();
    p.in.expectEnd();
    if (p.redundantParens) {
      throw new ValidationException(
          "Invalid " + kind.parameter() + ": The expression has redundant parentheses;");
    }
    return c;
  }

  public static UpdateExpression parseUpdate(String text) {
    checkText(text, ExpressionKind.UPDATE);
    ExpressionParser p = new ExpressionParser(text, ExpressionKind.UPDATE);
    return p.update();
  }

  public static ProjectionExpression parseProjection(String text) {
    checkText(text, ExpressionKind.PROJECTION);
    ExpressionParser p = new ExpressionParser(text, ExpressionKind.PROJECTION);
    List<Path> paths = new ArrayList<>();
    do {
      paths.add(p.path());
    } while (p.in.accept(","));
    p.in.expectEnd();
    return new ProjectionExpression(paths);
  }

  private static void checkText(String text, ExpressionKind kind) {
    if (text.isEmpty()) {
      throw new ValidationException(
          "Invalid " + kind.parameter() + ": The expression can not be empty;");
    }
    int bytes = Strings.utf8Length(text);
    if (bytes > MAX_EXPRESSION_BYTES) {
      throw new ValidationException(
          "Invalid "
              + kind.parameter()
              + ": Expression size has exceeded the maximum allowed size; expression size: "
              + bytes);
    }
  }

  // --- conditions ------------------------------------------------------------------------------

  private Condition condition() {
    Condition left = and();
    while (in.acceptKeyword("OR")) {
      operator();
      left = new Condition.Or(left, and());
    }
    return left;
  }

  private Condition and() {
    Condition left = not();
    while (in.acceptKeyword("AND")) {
      operator();
      left = new Condition.And(left, not());
    }
    return left;
  }

  private Condition not() {
    if (in.acceptKeyword("NOT")) {
      operator();
      return new Condition.Not(not());
    }
    if (in.accept("(")) {
      enterGroup();
      Condition inner = condition();
      in.expect(")");
      leaveGroup();
      // "((a = :v))": DynamoDB reports it once the whole expression has parsed
      redundantParens |= inner instanceof Condition.Parens;
      return new Condition.Parens(inner);
    }
    Operand left = operand(false);
    Token t = in.peek();
    if (t.kind() == Token.Kind.SYMBOL && isComparator(t.text())) {
      in.next();
      operator();
      return new Condition.Compare(Condition.Comparator.ofSymbol(t.text()), left, operand(false));
    }
    if (in.acceptKeyword("BETWEEN")) {
      operator();
      Operand low = operand(false);
      if (!in.acceptKeyword("AND")) {
        throw in.syntaxError();
      }
      return new Condition.Between(left, low, operand(false));
    }
    if (in.acceptKeyword("IN")) {
      operator();
      in.expect("(");
      List<Operand> candidates = new ArrayList<>();
      do {
        candidates.add(operand(false));
      } while (in.accept(","));
      in.expect(")");
      return new Condition.In(left, candidates);
    }
    if (left instanceof Operand.Call call) {
      return new Condition.FunctionCondition(call);
    }
    throw in.syntaxError();
  }

  private static boolean isComparator(String s) {
    return switch (s) {
      case "=", "<>", "<", "<=", ">", ">=" -> true;
      default -> false;
    };
  }

  // --- operands --------------------------------------------------------------------------------

  /** An operand; {@code update} allows a parenthesised sum or difference and update functions. */
  private Operand operand(boolean update) {
    Token t = in.peek();
    if (t.kind() == Token.Kind.VALUE_REF) {
      in.next();
      return new Operand.ValueRef(t.text());
    }
    if (update && in.accept("(")) {
      enterGroup();
      Operand inner = arithmetic();
      in.expect(")");
      leaveGroup();
      return inner;
    }
    if (t.kind() == Token.Kind.IDENT && in.peek(1).is("(") && !isKeyword(t)) {
      in.next();
      in.next();
      operator();
      List<Operand> args = new ArrayList<>();
      do {
        args.add(update ? argument() : operand(false));
      } while (in.accept(","));
      in.expect(")");
      return new Operand.Call(t.text(), args);
    }
    return new Operand.PathOperand(path());
  }

  /**
   * An update function's argument: an operand, perhaps in parentheses, but not arithmetic (DynamoDB
   * answers {@code if_not_exists(a, :x + :y)} with a syntax error on the "+": scylladb
   * test/alternator/test_update_expression.py, test_update_expression_function_plus_nesting).
   */
  private Operand argument() {
    if (in.accept("(")) {
      enterGroup();
      Operand inner = argument();
      in.expect(")");
      leaveGroup();
      return inner;
    }
    return operand(true);
  }

  private Operand arithmetic() {
    Operand left = operand(true);
    Token t = in.peek();
    if (t.is("+") || t.is("-")) {
      in.next();
      operator();
      return new Operand.Arithmetic(t.text().charAt(0), left, operand(true));
    }
    return left;
  }

  private Path path() {
    List<PathElement> elements = new ArrayList<>();
    elements.add(pathName());
    while (true) {
      if (in.accept(".")) {
        elements.add(pathName());
      } else if (in.accept("[")) {
        Token digits = in.peek();
        if (digits.kind() != Token.Kind.NUMBER) {
          throw in.syntaxError();
        }
        in.next();
        in.expect("]");
        elements.add(new PathElement.Index(parseIndex(digits.text()), digits.text()));
      } else {
        return new Path(elements);
      }
    }
  }

  private PathElement pathName() {
    Token t = in.peek();
    if (t.kind() == Token.Kind.NAME_REF) {
      in.next();
      return new PathElement.NameRef(t.text());
    }
    if (t.kind() == Token.Kind.IDENT && !isKeyword(t)) {
      in.next();
      return new PathElement.Name(t.text());
    }
    throw in.syntaxError();
  }

  private static int parseIndex(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean isKeyword(Token t) {
    return KEYWORDS.contains(t.text().toUpperCase(Locale.ROOT));
  }

  // --- update ----------------------------------------------------------------------------------

  private UpdateExpression update() {
    List<UpdateExpression.Clause> clauses = new ArrayList<>();
    do {
      Token t = in.peek();
      UpdateExpression.ClauseKind kind = clauseKind(t);
      if (kind == null) {
        throw in.syntaxError();
      }
      in.next();
      List<UpdateAction> actions = new ArrayList<>();
      do {
        actions.add(action(kind));
      } while (in.accept(","));
      clauses.add(new UpdateExpression.Clause(kind, actions));
    } while (in.peek().kind() != Token.Kind.EOF);
    return new UpdateExpression(clauses);
  }

  private static UpdateExpression.ClauseKind clauseKind(Token t) {
    for (UpdateExpression.ClauseKind k : UpdateExpression.ClauseKind.values()) {
      if (t.isKeyword(k.name())) {
        return k;
      }
    }
    return null;
  }

  private UpdateAction action(UpdateExpression.ClauseKind kind) {
    Path path = path();
    switch (kind) {
      case SET:
        in.expect("=");
        return new UpdateAction.Set(path, arithmetic());
      case REMOVE:
        return new UpdateAction.Remove(path);
      default:
        Token v = in.peek();
        if (v.kind() != Token.Kind.VALUE_REF) {
          throw in.syntaxError();
        }
        in.next();
        Operand value = new Operand.ValueRef(v.text());
        return kind == UpdateExpression.ClauseKind.ADD
            ? new UpdateAction.Add(path, value)
            : new UpdateAction.Delete(path, value);
    }
  }
}
