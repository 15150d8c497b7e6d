package dev.keyway.expr;

import java.util.Objects;

/**
 * {@code size(path)} in a condition: a number operand. Only paths whose values have a size
 * (strings, binaries, sets, lists, maps) offer {@code size()}.
 */
public final class Size implements Operand<Number> {
  private final AttributePath path;

  Size(AttributePath path) {
    this.path = Objects.requireNonNull(path, "path");
  }

  public AttributePath attributePath() {
    return path;
  }

  @Override
  public Term term() {
    return new Term.Size(path);
  }

  public Condition eq(Number value) {
    return compare(ComparisonOperator.EQ, value);
  }

  public Condition ne(Number value) {
    return compare(ComparisonOperator.NE, value);
  }

  public Condition lt(Number value) {
    return compare(ComparisonOperator.LT, value);
  }

  public Condition le(Number value) {
    return compare(ComparisonOperator.LE, value);
  }

  public Condition gt(Number value) {
    return compare(ComparisonOperator.GT, value);
  }

  public Condition ge(Number value) {
    return compare(ComparisonOperator.GE, value);
  }

  /** Compares with a number attribute or another size. */
  public Condition compare(ComparisonOperator operator, Operand<? extends Number> other) {
    return new Condition.Comparison(term(), operator, other.term());
  }

  public Condition compare(ComparisonOperator operator, Number value) {
    return new Condition.Comparison(term(), operator, Term.value(Values.number(value)));
  }

  public Condition between(Number low, Number high) {
    return new Condition.Between(
        term(), Term.value(Values.number(low)), Term.value(Values.number(high)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Size other && other.path.equals(path);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 17;
  }

  @Override
  public String toString() {
    return "size(" + path + ")";
  }
}
