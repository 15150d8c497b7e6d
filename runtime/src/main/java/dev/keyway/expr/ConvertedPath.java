package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.function.Function;

/**
 * An attribute whose Java type is stored through a converter, typically an enum stored as its
 * name. Values are typed as {@code E}, so {@code STATUS.eq("PAID")} does not compile but {@code
 * STATUS.eq(Status.PAID)} does. Ordering compares the converted values.
 *
 * @param <E> the Java type of the attribute
 */
public final class ConvertedPath<E> extends OrderedPath<E, E> {

  ConvertedPath(AttributePath path, Function<? super E, ? extends AttributeValue> converter) {
    super(path, converter);
  }
}
