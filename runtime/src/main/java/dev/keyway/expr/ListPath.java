package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A list attribute. Only lists support {@code list_append}, index removal and element paths.
 *
 * @param <E> the Java type of the elements
 */
public final class ListPath<E> extends TypedPath<List<? extends E>, List<E>> {
  private final Function<? super E, ? extends AttributeValue> elementConverter;

  ListPath(AttributePath path, Function<? super E, ? extends AttributeValue> elementConverter) {
    super(path, list -> convert(list, elementConverter));
    this.elementConverter = elementConverter;
  }

  private static <E> AttributeValue convert(
      List<? extends E> list, Function<? super E, ? extends AttributeValue> elementConverter) {
    List<AttributeValue> values = new ArrayList<>(list.size());
    for (E element : list) {
      values.add(Objects.requireNonNull(elementConverter.apply(element), "converted element"));
    }
    return new AttributeValue.L(values);
  }

  /** {@code contains(path, element)}: whether an element equals the given one. */
  public Condition contains(E element) {
    return new Condition.Contains(attributePath(), Term.value(elementConverter.apply(element)));
  }

  /** {@code size(path)}: the number of elements. */
  public Size size() {
    return new Size(attributePath());
  }

  /** The untyped path of one element, {@code path[index]}. */
  public Path at(int index) {
    return new Path(attributePath().index(index));
  }

  /** {@code SET path = list_append(path, :elements)}; the list must exist. */
  public UpdateAction listAppend(List<? extends E> elements) {
    return setTo(new Term.ListAppend(term(), valueTerm(elements)));
  }

  /** {@code SET path = list_append(:elements, path)}; the list must exist. */
  public UpdateAction listPrepend(List<? extends E> elements) {
    return setTo(new Term.ListAppend(valueTerm(elements), term()));
  }

  /** {@code SET path = list_append(if_not_exists(path, :empty), :elements)}. */
  public UpdateAction listAppendOrCreate(List<? extends E> elements) {
    Term existing = new Term.IfNotExists(attributePath(), Term.value(AttributeValue.list()));
    return setTo(new Term.ListAppend(existing, valueTerm(elements)));
  }

  /** {@code SET path[index] = :element}. */
  public UpdateAction setAt(int index, E element) {
    return new UpdateAction.SetAction(
        attributePath().index(index), Term.value(elementConverter.apply(element)));
  }

  /** {@code REMOVE path[index]}: removes one element, shifting the rest. */
  public UpdateAction removeAt(int index) {
    return new UpdateAction.RemoveAction(attributePath().index(index));
  }

  private UpdateAction setTo(Term value) {
    return new UpdateAction.SetAction(attributePath(), value);
  }
}
