package dev.keyway.engine.expr.ast;

import java.util.List;

/** A boolean expression of the condition grammar (condition, filter and key condition). */
public sealed interface Condition {

  /** The six comparators; {@link #symbol()} is how they are written and named in messages. */
  enum Comparator {
    EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Comparator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    public static Comparator ofSymbol(String s) {
      for (Comparator c : values()) {
        if (c.symbol.equals(s)) {
          return c;
        }
      }
      throw new IllegalArgumentException(s);
    }
  }

  record Compare(Comparator comparator, Operand left, Operand right) implements Condition {}

  record Between(Operand value, Operand low, Operand high) implements Condition {}

  record In(Operand value, List<Operand> candidates) implements Condition {
    public In {
      candidates = List.copyOf(candidates);
    }
  }

  record And(Condition left, Condition right) implements Condition {}

  record Or(Condition left, Condition right) implements Condition {}

  record Not(Condition operand) implements Condition {}

  /** A function used as a condition, e.g. {@code attribute_exists(a)}. */
  record FunctionCondition(Operand.Call call) implements Condition {}

  /** A parenthesised condition; kept so the resolver can measure nesting, transparent otherwise. */
  record Parens(Condition inner) implements Condition {}
}
