package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.Map;
import java.util.function.Function;

/** A map attribute (or nested record): size, and typed paths to its entries. */
public final class MapPath extends TypedPath<Map<String, ?>, Map<String, ?>> {

  MapPath(AttributePath path) {
    super(path, Values::map);
  }

  /** {@code size(path)}: the number of entries. */
  public Size size() {
    return new Size(attributePath());
  }

  public Path path(String key) {
    return new Path(attributePath().attr(key));
  }

  public StringPath string(String key) {
    return new StringPath(attributePath().attr(key));
  }

  public <N extends Number> NumberPath<N> number(String key, Class<N> javaType) {
    return new NumberPath<>(attributePath().attr(key), javaType);
  }

  public BooleanPath bool(String key) {
    return new BooleanPath(attributePath().attr(key));
  }

  public BinaryPath binary(String key) {
    return new BinaryPath(attributePath().attr(key));
  }

  public MapPath map(String key) {
    return new MapPath(attributePath().attr(key));
  }

  public <E> ListPath<E> list(String key, Function<? super E, ? extends AttributeValue> element) {
    return new ListPath<>(attributePath().attr(key), element);
  }

  public <E> ConvertedPath<E> converted(
      String key, Function<? super E, ? extends AttributeValue> converter) {
    return new ConvertedPath<>(attributePath().attr(key), converter);
  }
}
