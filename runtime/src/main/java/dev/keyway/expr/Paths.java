package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.Objects;
import java.util.function.Function;

/**
 * Factories for typed paths, shaped for generated code: {@code public static final StringPath
 * STATUS = Paths.string("status");}. A {@code String} name is one top-level attribute taken
 * literally (dots included); pass an {@link AttributePath} for nested paths.
 */
public final class Paths {
  private Paths() {}

  public static StringPath string(String name) {
    return string(AttributePath.of(name));
  }

  public static StringPath string(AttributePath path) {
    return new StringPath(path);
  }

  public static <N extends Number> NumberPath<N> number(String name, Class<N> javaType) {
    return number(AttributePath.of(name), javaType);
  }

  public static <N extends Number> NumberPath<N> number(AttributePath path, Class<N> javaType) {
    return new NumberPath<>(path, javaType);
  }

  public static BooleanPath bool(String name) {
    return bool(AttributePath.of(name));
  }

  public static BooleanPath bool(AttributePath path) {
    return new BooleanPath(path);
  }

  public static BinaryPath binary(String name) {
    return binary(AttributePath.of(name));
  }

  public static BinaryPath binary(AttributePath path) {
    return new BinaryPath(path);
  }

  public static SetPath<String> stringSet(String name) {
    return stringSet(AttributePath.of(name));
  }

  public static SetPath<String> stringSet(AttributePath path) {
    return new SetPath<String>(path, Values::stringSet, AttributeValue::s);
  }

  /** A number set whose elements are mapped to {@code N} in Java. */
  public static <N extends Number> SetPath<N> numberSet(String name, Class<N> elementType) {
    return numberSet(AttributePath.of(name), elementType);
  }

  public static <N extends Number> SetPath<N> numberSet(AttributePath path, Class<N> elementType) {
    Objects.requireNonNull(elementType, "elementType");
    return new SetPath<N>(path, Values::numberSet, Values::number);
  }

  public static SetPath<byte[]> binarySet(String name) {
    return binarySet(AttributePath.of(name));
  }

  public static SetPath<byte[]> binarySet(AttributePath path) {
    return new SetPath<byte[]>(path, Values::binarySet, AttributeValue::b);
  }

  /** A list of plain values (strings, numbers, maps, ...) converted by {@link Values#of}. */
  public static <E> ListPath<E> list(String name, Class<E> elementType) {
    Objects.requireNonNull(elementType, "elementType");
    return list(AttributePath.of(name), Values::of);
  }

  /** A list whose elements are converted by {@code element}, e.g. a generated record mapper. */
  public static <E> ListPath<E> list(
      String name, Function<? super E, ? extends AttributeValue> element) {
    return list(AttributePath.of(name), element);
  }

  public static <E> ListPath<E> list(
      AttributePath path, Function<? super E, ? extends AttributeValue> element) {
    return new ListPath<>(path, element);
  }

  public static MapPath map(String name) {
    return map(AttributePath.of(name));
  }

  public static MapPath map(AttributePath path) {
    return new MapPath(path);
  }

  /** An attribute of type {@code E} stored through {@code converter}. */
  public static <E> ConvertedPath<E> converted(
      String name, Function<? super E, ? extends AttributeValue> converter) {
    return converted(AttributePath.of(name), converter);
  }

  public static <E> ConvertedPath<E> converted(
      AttributePath path, Function<? super E, ? extends AttributeValue> converter) {
    return new ConvertedPath<>(path, converter);
  }

  /** An enum attribute stored as its constant's name. */
  public static <E extends Enum<E>> ConvertedPath<E> enumeration(String name, Class<E> type) {
    Objects.requireNonNull(type, "type");
    return converted(AttributePath.of(name), (E e) -> AttributeValue.s(e.name()));
  }

  /** A condition-only view of {@code path}, for fields used in key templates (no update actions). */
  public static <V, D> KeyFieldPath<V, D> keyField(OrderedPath<V, D> path) {
    return new KeyFieldPath<>(path);
  }

  /** An untyped top-level attribute, for dynamic code. */
  public static Path path(String name) {
    return path(AttributePath.of(name));
  }

  public static Path path(AttributePath path) {
    return new Path(path);
  }

  /** An untyped path parsed from document path notation, {@code a.b[2].c}. */
  public static Path parse(String documentPath) {
    return new Path(AttributePath.parse(documentPath));
  }
}
