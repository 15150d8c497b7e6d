package dev.keyway.expr;

import java.util.Objects;

/**
 * A number attribute. It accepts any {@link Number} as a value (DynamoDB compares numbers by
 * value, whatever their Java type); {@code N} records the Java type of the mapped field for the
 * code that reads it back. Only numbers (and sets) support ADD, and only numbers arithmetic.
 *
 * @param <N> the Java type of the mapped field
 */
public final class NumberPath<N extends Number> extends OrderedPath<Number, Number>
    implements KeyPath<Number> {
  private final Class<N> javaType;

  NumberPath(AttributePath path, Class<N> javaType) {
    super(path, Values::number);
    this.javaType = Objects.requireNonNull(javaType, "javaType");
  }

  /** The Java type of the mapped field. */
  public Class<N> javaType() {
    return javaType;
  }

  /** {@code ADD path delta}: adds to the number, treating a missing attribute as 0. */
  public UpdateAction add(Number delta) {
    return new UpdateAction.AddAction(attributePath(), Values.number(delta));
  }

  /** {@code path + value}, for {@code SET}. */
  public UpdateValue<Number> plus(Number value) {
    return arithmetic(true, valueTerm(value));
  }

  /** {@code path + other}, for {@code SET}. */
  public UpdateValue<Number> plus(NumberPath<?> other) {
    return arithmetic(true, other.term());
  }

  /** {@code path - value}, for {@code SET}. */
  public UpdateValue<Number> minus(Number value) {
    return arithmetic(false, valueTerm(value));
  }

  /** {@code path - other}, for {@code SET}. */
  public UpdateValue<Number> minus(NumberPath<?> other) {
    return arithmetic(false, other.term());
  }

  /** {@code if_not_exists(path, fallback)}; may be followed by one plus or minus. */
  @Override
  public NumberValue ifNotExists(Number fallback) {
    return new NumberValue(new Term.IfNotExists(attributePath(), valueTerm(fallback)));
  }

  private UpdateValue<Number> arithmetic(boolean plus, Term right) {
    return new UpdateValue<>(new Term.Arithmetic(term(), plus, right));
  }
}
