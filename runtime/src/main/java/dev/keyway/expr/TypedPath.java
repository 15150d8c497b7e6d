package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Base of the typed paths: a document path plus the conversion of Java values of type {@code V}
 * into attribute values. It offers what DynamoDB allows on every attribute type (equality, IN,
 * existence, type tests, SET and REMOVE); subclasses add what only some types allow, so misuse
 * does not compile. Equality is by path and kind of path; converters are not compared.
 *
 * @param <V> the Java type of values this path accepts
 * @param <D> the comparison domain, shared by paths that may be compared with each other
 */
public abstract class TypedPath<V, D> implements Operand<D>, Projectable {
  private final AttributePath path;
  private final Function<? super V, ? extends AttributeValue> converter;

  TypedPath(AttributePath path, Function<? super V, ? extends AttributeValue> converter) {
    this.path = Objects.requireNonNull(path, "path");
    this.converter = Objects.requireNonNull(converter, "converter");
  }

  /** The untyped document path. */
  @Override
  public final AttributePath attributePath() {
    return path;
  }

  /** Converts a Java value as this path stores it; {@code null} is rejected (use isType(NULL)). */
  public final AttributeValue toAttributeValue(V value) {
    Objects.requireNonNull(value, () -> "value for " + path);
    return Objects.requireNonNull(converter.apply(value), () -> "converted value for " + path);
  }

  @Override
  public final Term term() {
    return Term.path(path);
  }

  final Term valueTerm(V value) {
    return Term.value(toAttributeValue(value));
  }

  final Condition compare(ComparisonOperator operator, Term right) {
    return new Condition.Comparison(term(), operator, right);
  }

  // --- conditions valid on every type --------------------------------------------------------

  /** {@code attribute_exists(path)}. */
  public final Condition exists() {
    return new Condition.AttributeExists(path);
  }

  /** {@code attribute_not_exists(path)}. */
  public final Condition notExists() {
    return new Condition.AttributeNotExists(path);
  }

  /** {@code attribute_type(path, type)}. */
  public final Condition isType(AttributeValue.Type type) {
    return new Condition.AttributeType(path, type);
  }

  /** {@code path = value}. */
  public final Condition eq(V value) {
    return compare(ComparisonOperator.EQ, valueTerm(value));
  }

  /** {@code path = other}, comparing with another attribute of the same domain. */
  public final Condition eq(Operand<? extends D> other) {
    return compare(ComparisonOperator.EQ, other.term());
  }

  /** {@code path <> value}. */
  public final Condition ne(V value) {
    return compare(ComparisonOperator.NE, valueTerm(value));
  }

  /** {@code path <> other}. */
  public final Condition ne(Operand<? extends D> other) {
    return compare(ComparisonOperator.NE, other.term());
  }

  /** {@code path IN (v1, v2, ...)}. */
  @SafeVarargs
  public final Condition in(V... values) {
    List<V> list = new ArrayList<>(values.length);
    for (V value : values) {
      list.add(value); // copied element-wise so the array never escapes
    }
    return in(list);
  }

  /** {@code path IN (v1, v2, ...)}, one to a hundred values. */
  public final Condition in(Collection<? extends V> values) {
    List<Term> terms = new ArrayList<>(values.size());
    for (V value : values) {
      terms.add(valueTerm(value));
    }
    return new Condition.In(term(), terms);
  }

  // --- update actions valid on every type ----------------------------------------------------

  /** {@code SET path = value}. */
  public final UpdateAction set(V value) {
    return new UpdateAction.SetAction(path, valueTerm(value));
  }

  /** {@code SET path = other}, copying another attribute of the same domain. */
  public final UpdateAction set(TypedPath<?, ? extends D> other) {
    return new UpdateAction.SetAction(path, other.term());
  }

  /** {@code SET path = value-expression} (arithmetic, if_not_exists, list_append). */
  public final UpdateAction set(UpdateValue<? extends D> value) {
    return new UpdateAction.SetAction(path, value.term());
  }

  /** {@code if_not_exists(path, fallback)}, to use as the right-hand side of a SET. */
  public UpdateValue<D> ifNotExists(V fallback) {
    return new UpdateValue<>(new Term.IfNotExists(path, valueTerm(fallback)));
  }

  /** {@code REMOVE path}. */
  public final UpdateAction remove() {
    return new UpdateAction.RemoveAction(path);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((TypedPath<?, ?>) o).path.equals(path);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + path.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + path + ")";
  }
}
