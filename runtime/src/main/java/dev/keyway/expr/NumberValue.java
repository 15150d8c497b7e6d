package dev.keyway.expr;

/**
 * A numeric SET operand that may still take part in one {@code +} or {@code -}, such as
 * {@code if_not_exists(stock, :zero)}. DynamoDB allows a single arithmetic operator per SET, so
 * the results of {@link #plus} and {@link #minus} cannot be extended further.
 */
public final class NumberValue extends UpdateValue<Number> {

  NumberValue(Term term) {
    super(term);
  }

  /** {@code this + value}. */
  public UpdateValue<Number> plus(Number value) {
    return arithmetic(true, Term.value(Values.number(value)));
  }

  /** {@code this + other}. */
  public UpdateValue<Number> plus(NumberPath<?> other) {
    return arithmetic(true, other.term());
  }

  /** {@code this - value}. */
  public UpdateValue<Number> minus(Number value) {
    return arithmetic(false, Term.value(Values.number(value)));
  }

  /** {@code this - other}. */
  public UpdateValue<Number> minus(NumberPath<?> other) {
    return arithmetic(false, other.term());
  }

  private UpdateValue<Number> arithmetic(boolean plus, Term right) {
    return new UpdateValue<>(new Term.Arithmetic(term(), plus, right));
  }
}
