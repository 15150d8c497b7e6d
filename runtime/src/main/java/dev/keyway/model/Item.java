package dev.keyway.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An immutable item: attribute names mapped to values, in insertion order. */
public record Item(Map<String, AttributeValue> attributes) {
  private static final Item EMPTY = new Item(Map.of());

  public Item {
    LinkedHashMap<String, AttributeValue> copy = new LinkedHashMap<>(attributes);
    copy.forEach((k, v) -> Objects.requireNonNull(v, () -> "value of " + k));
    attributes = Collections.unmodifiableMap(copy);
  }

  public static Item empty() {
    return EMPTY;
  }

  public static Item of(Map<String, ? extends AttributeValue> attributes) {
    return new Item(new LinkedHashMap<>(attributes));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<AttributeValue> get(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  public boolean has(String name) {
    return attributes.containsKey(name);
  }

  public int attributeCount() {
    return attributes.size();
  }

  public boolean isEmpty() {
    return attributes.isEmpty();
  }

  /** Size by DynamoDB's rules (see {@link ItemSize}). */
  public long sizeInBytes() {
    return ItemSize.of(attributes);
  }

  public Item with(String name, AttributeValue value) {
    LinkedHashMap<String, AttributeValue> copy = new LinkedHashMap<>(attributes);
    copy.put(name, value);
    return new Item(copy);
  }

  public Item without(String name) {
    LinkedHashMap<String, AttributeValue> copy = new LinkedHashMap<>(attributes);
    copy.remove(name);
    return new Item(copy);
  }

  /** Collects attributes for a new item. */
  public static final class Builder {
    private final LinkedHashMap<String, AttributeValue> attributes = new LinkedHashMap<>();

    public Builder put(String name, AttributeValue value) {
      attributes.put(name, Objects.requireNonNull(value, name));
      return this;
    }

    public Builder s(String name, String value) {
      return put(name, AttributeValue.s(value));
    }

    public Builder n(String name, long value) {
      return put(name, AttributeValue.n(value));
    }

    public Builder n(String name, String value) {
      return put(name, AttributeValue.n(value));
    }

    public Item build() {
      return new Item(attributes);
    }
  }
}
