package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Objects;

/**
 * The one sort key condition a query may carry: {@code =, <, <=, >, >=}, BETWEEN, or begins_with.
 * The factories take {@link KeyPath}s, and begins_with a {@link PrefixKeyPath}, so a sort key
 * condition on a boolean, or begins_with on a number, does not compile.
 */
public record SortKeyCondition(AttributePath path, Operator operator, List<AttributeValue> values) {

  /** The comparisons DynamoDB allows on a sort key. */
  public enum Operator {
    EQ,
    LT,
    LE,
    GT,
    GE,
    BETWEEN,
    BEGINS_WITH;

    int arity() {
      return this == BETWEEN ? 2 : 1;
    }
  }

  public SortKeyCondition {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(operator, "operator");
    values = List.copyOf(values);
    if (values.size() != operator.arity()) {
      throw new IllegalArgumentException(operator + " takes " + operator.arity() + " value(s)");
    }
  }

  public static <V> SortKeyCondition eq(KeyPath<V> path, V value) {
    return of(path, Operator.EQ, value);
  }

  public static <V> SortKeyCondition lt(KeyPath<V> path, V value) {
    return of(path, Operator.LT, value);
  }

  public static <V> SortKeyCondition le(KeyPath<V> path, V value) {
    return of(path, Operator.LE, value);
  }

  public static <V> SortKeyCondition gt(KeyPath<V> path, V value) {
    return of(path, Operator.GT, value);
  }

  public static <V> SortKeyCondition ge(KeyPath<V> path, V value) {
    return of(path, Operator.GE, value);
  }

  public static <V> SortKeyCondition between(KeyPath<V> path, V low, V high) {
    return new SortKeyCondition(
        path.attributePath(),
        Operator.BETWEEN,
        List.of(path.toAttributeValue(low), path.toAttributeValue(high)));
  }

  public static <V> SortKeyCondition beginsWith(PrefixKeyPath<V> path, V prefix) {
    return of(path, Operator.BEGINS_WITH, prefix);
  }

  private static <V> SortKeyCondition of(KeyPath<V> path, Operator operator, V value) {
    return new SortKeyCondition(
        path.attributePath(), operator, List.of(path.toAttributeValue(value)));
  }
}
