package dev.keyway.codec;

import dev.keyway.api.ItemSink;
import dev.keyway.model.AttributeValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@link ItemSink} of Keyway's item model, behind generated {@code toItem}: the values of {@link ItemCodec}. */
public final class ItemModelSink implements ItemSink<AttributeValue> {
  public static final ItemModelSink INSTANCE = new ItemModelSink();

  private ItemModelSink() {}

  @Override
  public Map<String, AttributeValue> newMap(int expectedSize) {
    return new LinkedHashMap<>(expectedSize < 3 ? expectedSize + 1 : (int) (expectedSize / 0.75f) + 1);
  }

  @Override
  public AttributeValue s(String value) {
    return new AttributeValue.S(value);
  }

  @Override
  public AttributeValue n(long value) {
    return ItemCodec.n(value);
  }

  @Override
  public AttributeValue n(double value) {
    return ItemCodec.n(value);
  }

  @Override
  public AttributeValue n(float value) {
    return ItemCodec.n(value);
  }

  @Override
  public AttributeValue n(BigDecimal value) {
    return ItemCodec.n(value);
  }

  @Override
  public AttributeValue n(BigInteger value) {
    return ItemCodec.n(value);
  }

  @Override
  public AttributeValue bool(boolean value) {
    return AttributeValue.bool(value);
  }

  @Override
  public AttributeValue bytes(byte[] value) {
    return ItemCodec.bytes(value);
  }

  @Override
  public AttributeValue nul() {
    return AttributeValue.nul();
  }

  @Override
  public AttributeValue list(List<AttributeValue> values) {
    return new AttributeValue.L(values); // the record copies once
  }

  @Override
  public AttributeValue map(Map<String, AttributeValue> values) {
    return new AttributeValue.M(values); // the record copies once
  }

  @Override
  public AttributeValue stringSet(Collection<String> values) {
    return ItemCodec.stringSet(values);
  }

  @Override
  public AttributeValue enumSet(Collection<? extends Enum<?>> values) {
    return ItemCodec.enumSet(values);
  }

  @Override
  public AttributeValue numberSet(Collection<? extends Number> values) {
    return ItemCodec.numberSet(values);
  }

  @Override
  public AttributeValue binarySet(Collection<byte[]> values) {
    return ItemCodec.binarySet(values);
  }

  @Override
  public AttributeValue value(AttributeValue value) {
    return value;
  }
}
