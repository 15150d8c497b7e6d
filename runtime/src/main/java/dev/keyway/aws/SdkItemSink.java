package dev.keyway.aws;

import dev.keyway.api.EntitySchema;
import dev.keyway.api.ItemSink;
import dev.keyway.codec.ItemCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@link ItemSink} writing AWS SDK v2 {@link AttributeValue}s directly: a generated schema's {@link
 * EntitySchema#writeItem} then builds the SDK item in one pass ({@link #toSdkItem}). Strings, integers,
 * booleans, lists and maps go straight to the SDK's builder-free factories; decimals are normalised and
 * checked as Keyway's model does; sets and converter output go through the model (same validation and
 * messages) and {@link SdkAttributeValues}.
 */
public final class SdkItemSink implements ItemSink<AttributeValue> {
  public static final SdkItemSink INSTANCE = new SdkItemSink();

  private static final AttributeValue TRUE = AttributeValue.fromBool(true);
  private static final AttributeValue FALSE = AttributeValue.fromBool(false);
  private static final AttributeValue NUL = AttributeValue.fromNul(true);

  private SdkItemSink() {}

  /** The entity as an SDK item, equal to {@code SdkAttributeValues.toSdk(schema.toItem(entity))}. */
  public static <T> Map<String, AttributeValue> toSdkItem(EntitySchema<T> schema, T entity) {
    return schema.writeItem(entity, INSTANCE);
  }

  @Override
  public Map<String, AttributeValue> newMap(int expectedSize) {
    return new HashMap<>(expectedSize < 3 ? expectedSize + 1 : (int) (expectedSize / 0.75f) + 1);
  }

  @Override
  public AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  @Override
  public AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  @Override
  public AttributeValue n(double value) {
    return numberOf(ItemCodec.n(value));
  }

  @Override
  public AttributeValue n(float value) {
    return numberOf(ItemCodec.n(value));
  }

  @Override
  public AttributeValue n(BigDecimal value) {
    return numberOf(ItemCodec.n(value));
  }

  @Override
  public AttributeValue n(BigInteger value) {
    return numberOf(ItemCodec.n(value));
  }

  private static AttributeValue numberOf(dev.keyway.model.AttributeValue n) {
    return AttributeValue.fromN(((dev.keyway.model.AttributeValue.N) n).value().toString());
  }

  @Override
  public AttributeValue bool(boolean value) {
    return value ? TRUE : FALSE;
  }

  @Override
  public AttributeValue bytes(byte[] value) {
    return SdkAttributeValues.toSdk(ItemCodec.bytes(value));
  }

  @Override
  public AttributeValue nul() {
    return NUL;
  }

  @Override
  public AttributeValue list(List<AttributeValue> values) {
    return AttributeValue.fromL(values);
  }

  @Override
  public AttributeValue map(Map<String, AttributeValue> values) {
    return AttributeValue.fromM(values);
  }

  @Override
  public AttributeValue stringSet(Collection<String> values) {
    return orNull(ItemCodec.stringSet(values));
  }

  @Override
  public AttributeValue enumSet(Collection<? extends Enum<?>> values) {
    return orNull(ItemCodec.enumSet(values));
  }

  @Override
  public AttributeValue numberSet(Collection<? extends Number> values) {
    return orNull(ItemCodec.numberSet(values));
  }

  @Override
  public AttributeValue binarySet(Collection<byte[]> values) {
    return orNull(ItemCodec.binarySet(values));
  }

  private static AttributeValue orNull(dev.keyway.model.AttributeValue v) {
    return v == null ? null : SdkAttributeValues.toSdk(v);
  }

  @Override
  public AttributeValue value(dev.keyway.model.AttributeValue value) {
    return SdkAttributeValues.toSdk(value);
  }
}
