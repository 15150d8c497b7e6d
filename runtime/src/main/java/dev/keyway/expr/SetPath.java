package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A string, number or binary set attribute. Only sets support DELETE, and only sets and numbers
 * ADD; {@code contains} tests membership of one element.
 *
 * @param <E> the Java type of the elements (String, a Number type, or byte[])
 */
public final class SetPath<E> extends TypedPath<Collection<? extends E>, Set<E>> {
  private final Function<? super E, ? extends AttributeValue> elementConverter;

  SetPath(
      AttributePath path,
      Function<? super Collection<? extends E>, ? extends AttributeValue> converter,
      Function<? super E, ? extends AttributeValue> elementConverter) {
    super(path, converter);
    this.elementConverter = Objects.requireNonNull(elementConverter, "elementConverter");
  }

  /** {@code contains(path, element)}. */
  public Condition contains(E element) {
    Objects.requireNonNull(element, "element");
    return new Condition.Contains(attributePath(), Term.value(elementConverter.apply(element)));
  }

  /** {@code size(path)}: the number of elements. */
  public Size size() {
    return new Size(attributePath());
  }

  /** {@code ADD path :elements}: adds the elements, creating the set if missing. */
  public UpdateAction add(Collection<? extends E> elements) {
    return new UpdateAction.AddAction(attributePath(), toAttributeValue(elements));
  }

  /** {@code ADD path :elements}. */
  @SafeVarargs
  public final UpdateAction add(E... elements) {
    List<E> list = new ArrayList<>(elements.length);
    for (E element : elements) {
      list.add(element); // element-wise, so the varargs array never escapes
    }
    return add(list);
  }

  /** {@code DELETE path :elements}: removes the elements from the set. */
  public UpdateAction delete(Collection<? extends E> elements) {
    return new UpdateAction.DeleteAction(attributePath(), toAttributeValue(elements));
  }

  /** {@code DELETE path :elements}. */
  @SafeVarargs
  public final UpdateAction delete(E... elements) {
    List<E> list = new ArrayList<>(elements.length);
    for (E element : elements) {
      list.add(element); // element-wise, so the varargs array never escapes
    }
    return delete(list);
  }
}
