package dev.keyway.expr;

import java.util.Objects;

/**
 * The right-hand side of a SET action that is more than a plain value: arithmetic,
 * {@code if_not_exists} or {@code list_append}. Only the typed paths create these, so the phantom
 * domain {@code D} keeps {@code STATUS.set(TOTAL.plus(1))} from compiling.
 *
 * @param <D> the domain of the value this expression produces
 */
public class UpdateValue<D> {
  private final Term term;

  UpdateValue(Term term) {
    this.term = Objects.requireNonNull(term, "term");
  }

  public final Term term() {
    return term;
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof UpdateValue<?> other && other.term.equals(term);
  }

  @Override
  public final int hashCode() {
    return term.hashCode();
  }

  @Override
  public String toString() {
    return "UpdateValue(" + term + ")";
  }
}
