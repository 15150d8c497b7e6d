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

  /** A set of enum constants, stored as a string set of their names. */
  public static <E extends Enum<E>> SetPath<E> enumSet(String name, Class<E> type) {
    return enumSet(AttributePath.of(name), type);
  }

  public static <E extends Enum<E>> SetPath<E> enumSet(AttributePath path, Class<E> type) {
    Objects.requireNonNull(type, "type");
    return new SetPath<E>(path, values -> {
      java.util.List<String> names = new java.util.ArrayList<>(values.size());
      for (E e : values) {
        names.add(type.cast(e).name());
      }
      return Values.stringSet(names);
    }, (E e) -> AttributeValue.s(type.cast(e).name()));
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

  /**
   * A list of plain values converted by {@link Values#of}: {@code elementType} must be one it
   * converts (String, a Number, Boolean, byte[], an enum, List, Set, Map, AttributeValue; else an
   * IllegalArgumentException here, not at the first use), and each element is checked against it.
   */
  public static <E> ListPath<E> list(String name, Class<E> elementType) {
    Objects.requireNonNull(elementType, "elementType");
    if (!Values.converts(elementType)) {
      throw new IllegalArgumentException("List elements of type " + elementType.getName()
          + " have no plain DynamoDB conversion; pass an element converter instead");
    }
    return list(AttributePath.of(name), (E e) -> Values.of(elementType.cast(e)));
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

  /** A condition-only view of a string key field, with begins_with and contains. */
  public static StringKeyFieldPath keyField(StringPath path) {
    return new StringKeyFieldPath(path);
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
