package dev.keyway.api;

import dev.keyway.model.AttributeValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Builds attribute values in some representation {@code V}, so that one generated writer ({@link
 * EntitySchema#writeItem}) produces Keyway's item model ({@code dev.keyway.codec.ItemModelSink}) or AWS
 * SDK v2 maps ({@code dev.keyway.aws.SdkItemSink}) without a second conversion pass. Generated code
 * passes non-null values; collections may hold nulls only where noted.
 */
public interface ItemSink<V> {
  /** An empty, mutable attribute map for about {@code expectedSize} entries (an item or an M value). */
  Map<String, V> newMap(int expectedSize);

  V s(String value);

  V n(long value);

  /** A finite double (NaN and infinities fail with {@code MappingException}). */
  V n(double value);

  V n(float value);

  /** Normalised and checked against DynamoDB's limits, as {@code DynamoNumber.of}. */
  V n(BigDecimal value);

  V n(BigInteger value);

  V bool(boolean value);

  /** A binary value; the array is copied. */
  V bytes(byte[] value);

  V nul();

  /** A list value of elements made by this sink; the list is not used afterwards. */
  V list(List<V> values);

  /** A map value of values made by this sink (from {@link #newMap}); the map is not used afterwards. */
  V map(Map<String, V> values);

  /** A string set, or null for an empty set (the attribute is then omitted). */
  V stringSet(Collection<String> values);

  /** A string set of enum names, or null for an empty set. */
  V enumSet(Collection<? extends Enum<?>> values);

  /** A number set, or null for an empty set. */
  V numberSet(Collection<? extends Number> values);

  /** A binary set, or null for an empty set. */
  V binarySet(Collection<byte[]> values);

  /** A value already in Keyway's model, such as an {@link AttributeConverter}'s output. */
  V value(AttributeValue value);
}
