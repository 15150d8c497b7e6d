package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.Collection;
import java.util.Objects;

/**
 * A condition-only path for a field that a key template uses. Generated {@code <Entity>Fields} type
 * such fields with it, so they can be compared, filtered and projected, but not written: it offers
 * no {@code set}, {@code remove} or {@code add}, and {@link Update} takes only {@link TypedPath}s.
 * {@code OrderFields.USER_ID.set("u2")} therefore does not compile; primary key fields cannot be
 * changed and index key fields change only through the generated {@code <Entity>Update} setters,
 * which rewrite the index key in the same request.
 *
 * @param <V> the Java type of values this path accepts
 * @param <D> the comparison domain
 */
public class KeyFieldPath<V, D> implements Operand<D>, Projectable {
  private final OrderedPath<V, D> path;

  KeyFieldPath(OrderedPath<V, D> path) {
    this.path = Objects.requireNonNull(path, "path");
  }

  @Override
  public final AttributePath attributePath() {
    return path.attributePath();
  }

  /** Converts a Java value as this path stores it. */
  public AttributeValue toAttributeValue(V value) {
    return path.toAttributeValue(value);
  }

  @Override
  public Term term() {
    return path.term();
  }

  public Condition exists() {
    return path.exists();
  }

  public Condition notExists() {
    return path.notExists();
  }

  public Condition isType(AttributeValue.Type type) {
    return path.isType(type);
  }

  public Condition eq(V value) {
    return path.eq(value);
  }

  public Condition eq(Operand<? extends D> other) {
    return path.eq(other);
  }

  public Condition ne(V value) {
    return path.ne(value);
  }

  public Condition ne(Operand<? extends D> other) {
    return path.ne(other);
  }

  public Condition in(Collection<? extends V> values) {
    return path.in(values);
  }

  public Condition lt(V value) {
    return path.lt(value);
  }

  public Condition le(V value) {
    return path.le(value);
  }

  public Condition gt(V value) {
    return path.gt(value);
  }

  public Condition ge(V value) {
    return path.ge(value);
  }

  /** {@code path BETWEEN low AND high}, both ends inclusive. */
  public Condition between(V low, V high) {
    return path.between(low, high);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((KeyFieldPath<?, ?>) o).path.equals(path);
  }

  @Override
  public final int hashCode() {
    return path.hashCode() * 17;
  }

  @Override
  public String toString() {
    return "KeyFieldPath(" + path.attributePath() + ")";
  }
}
