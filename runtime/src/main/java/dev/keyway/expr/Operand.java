package dev.keyway.expr;

/**
 * Something that can stand on either side of a comparison: a path or {@code size(path)}. The type
 * parameter {@code D} is the comparison domain (String, Number, byte[], ...), so a string path can
 * be compared with another string path but not with a number path.
 *
 * @param <D> the domain of the values this operand evaluates to
 */
public interface Operand<D> {
  /** The untyped tree this operand renders from. */
  Term term();
}
