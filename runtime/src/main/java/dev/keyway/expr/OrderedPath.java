package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.function.Function;

/**
 * A path whose values DynamoDB can order (strings, numbers, binaries, and values converted to
 * them), adding {@code <}, {@code <=}, {@code >}, {@code >=} and BETWEEN.
 *
 * @param <V> the Java type of values this path accepts
 * @param <D> the comparison domain
 */
public abstract class OrderedPath<V, D> extends TypedPath<V, D> {

  OrderedPath(AttributePath path, Function<? super V, ? extends AttributeValue> converter) {
    super(path, converter);
  }

  public final Condition lt(V value) {
    return compare(ComparisonOperator.LT, valueTerm(value));
  }

  public final Condition lt(Operand<? extends D> other) {
    return compare(ComparisonOperator.LT, other.term());
  }

  public final Condition le(V value) {
    return compare(ComparisonOperator.LE, valueTerm(value));
  }

  public final Condition le(Operand<? extends D> other) {
    return compare(ComparisonOperator.LE, other.term());
  }

  public final Condition gt(V value) {
    return compare(ComparisonOperator.GT, valueTerm(value));
  }

  public final Condition gt(Operand<? extends D> other) {
    return compare(ComparisonOperator.GT, other.term());
  }

  public final Condition ge(V value) {
    return compare(ComparisonOperator.GE, valueTerm(value));
  }

  public final Condition ge(Operand<? extends D> other) {
    return compare(ComparisonOperator.GE, other.term());
  }

  /** {@code path BETWEEN low AND high}, both ends inclusive. */
  public final Condition between(V low, V high) {
    return new Condition.Between(term(), valueTerm(low), valueTerm(high));
  }

  /** {@code path BETWEEN low AND high} with attribute bounds. */
  public final Condition between(Operand<? extends D> low, Operand<? extends D> high) {
    return new Condition.Between(term(), low.term(), high.term());
  }
}
