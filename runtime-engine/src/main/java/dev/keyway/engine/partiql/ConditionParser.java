package dev.keyway.engine.partiql;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.partiql.PartiqlToken.Kind;
import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * WHERE clauses: comparisons, IN, BETWEEN, AND, OR, NOT, IS [NOT] MISSING / NULL / a type, and
 * the functions begins_with, contains, attribute_type and size, parsed straight into the
 * expression language's resolved {@link Condition} tree.
 */
final class ConditionParser {
  /** {@code IS <type>} names and the DynamoDB types they test. */
  private static final Map<String, String> IS_TYPES = Map.of("NULL", "NULL", "BOOLEAN", "BOOL",
      "BLOB", "B", "STRING", "S", "NUMERIC", "N", "STRUCT", "M", "TUPLE", "M", "LIST", "L");

  private final TokenStream in;

  ConditionParser(TokenStream in) {
    this.in = in;
  }

  Condition condition() {
    Condition left = and();
    while (in.acceptWord("OR")) {
      left = new Condition.Or(left, and());
    }
    return left;
  }

  private Condition and() {
    Condition left = not();
    while (in.acceptWord("AND")) {
      left = new Condition.And(left, not());
    }
    return left;
  }

  private Condition not() {
    if (in.acceptWord("NOT")) {
      in.enter();
      Condition operand = not();
      in.leave();
      return new Condition.Not(operand);
    }
    return predicate();
  }

  private Condition predicate() {
    if (in.acceptSymbol("(")) {
      in.enter();
      Condition inner = condition();
      in.expectSymbol(")");
      in.leave();
      return new Condition.Parens(inner);
    }
    if (isFunctionCall()) {
      String name = in.peek().text().toLowerCase(Locale.ROOT);
      if (!name.equals("size")) {
        return new Condition.FunctionCondition(conditionFunction(name));
      }
    }
    Operand left = operand();
    PartiqlToken t = in.peek();
    if (t.kind() == Kind.SYMBOL && isComparator(t.text())) {
      in.next();
      return new Condition.Compare(comparator(t.text()), left, operand());
    }
    boolean negated = in.acceptWord("NOT");
    Condition c;
    if (in.acceptWord("BETWEEN")) {
      Operand low = operand();
      in.expectWord("AND");
      c = new Condition.Between(left, low, operand());
    } else if (in.acceptWord("IN")) {
      c = new Condition.In(left, candidates());
    } else if (!negated && in.acceptWord("IS")) {
      return is(left);
    } else {
      throw in.unexpected();
    }
    return negated ? new Condition.Not(c) : c;
  }

  /** {@code IS [NOT] MISSING | NULL | <type>}: existence and type tests on a path. */
  private Condition is(Operand left) {
    boolean negated = in.acceptWord("NOT");
    PartiqlToken t = in.next();
    String word = t.kind() == Kind.WORD ? t.text().toUpperCase(Locale.ROOT) : "";
    Condition c;
    if (word.equals("MISSING")) {
      return new Condition.FunctionCondition(new Operand.Call(
          negated ? "attribute_exists" : "attribute_not_exists", List.of(left)));
    }
    String type = IS_TYPES.get(word);
    if (type == null) {
      throw PartiqlErrors.syntax(t.kind() == Kind.END ? "Unexpected end of statement" : "Unexpected token");
    }
    c = new Condition.FunctionCondition(new Operand.Call("attribute_type",
        List.of(left, new Operand.Literal(AttributeValue.s(type), null))));
    return negated ? new Condition.Not(c) : c;
  }

  private List<Operand> candidates() {
    String close;
    if (in.acceptSymbol("[")) {
      close = "]";
    } else {
      in.expectSymbol("(");
      close = ")";
    }
    in.enter();
    List<Operand> candidates = new ArrayList<>();
    do {
      candidates.add(operand());
    } while (in.acceptSymbol(","));
    in.expectSymbol(close);
    in.leave();
    return candidates;
  }

  /** A value, a path, or size(path). */
  Operand operand() {
    if (PartiqlValues.startsValue(in)) {
      return new Operand.Literal(PartiqlValues.value(in), null);
    }
    if (isFunctionCall()) {
      String name = in.peek().text().toLowerCase(Locale.ROOT);
      if (!name.equals("size")) {
        throw PartiqlErrors.unrecognizedFunction(in.peek().text());
      }
      in.next();
      in.expectSymbol("(");
      Operand path = new Operand.PathOperand(PartiqlParser.path(in));
      in.expectSymbol(")");
      return new Operand.Call("size", List.of(path));
    }
    return new Operand.PathOperand(PartiqlParser.path(in));
  }

  private boolean isFunctionCall() {
    return in.peek().kind() == Kind.WORD && !TokenStream.isKeyword(in.peek().text())
        && in.peek(1).isSymbol("(");
  }

  private Operand.Call conditionFunction(String name) {
    String written = in.next().text();
    int arity;
    switch (name) {
      case "begins_with", "contains", "attribute_type" -> arity = 2;
      default -> throw PartiqlErrors.unrecognizedFunction(written);
    }
    in.expectSymbol("(");
    List<Operand> args = new ArrayList<>();
    args.add(new Operand.PathOperand(PartiqlParser.path(in)));
    for (int i = 1; i < arity; i++) {
      in.expectSymbol(",");
      args.add(operand());
    }
    in.expectSymbol(")");
    return new Operand.Call(name, args);
  }

  private static boolean isComparator(String s) {
    return switch (s) {
      case "=", "<>", "!=", "<", "<=", ">", ">=" -> true;
      default -> false;
    };
  }

  private static Condition.Comparator comparator(String s) {
    return Condition.Comparator.ofSymbol(s.equals("!=") ? "<>" : s);
  }
}
