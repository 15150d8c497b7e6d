package dev.keyway.engine.storage;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.ScalarAttributeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A key schema with its attribute types: one or more hash attributes and zero or more range
 * attributes. Tables and local indexes have one of each at most; a global index may have up to
 * four of each (multi-attribute keys). A side with several attributes is stored and compared as
 * one composite value: an {@code L} of the attributes' values in schema order, which
 * {@link KeyOrder} compares element by element, each by its own type.
 */
public record KeySpec(List<Attribute> hash, List<Attribute> range) {

  /** One key attribute and its declared type. */
  public record Attribute(String name, ScalarAttributeType type) {}

  public KeySpec {
    hash = List.copyOf(hash);
    range = List.copyOf(range);
  }

  /** A single-attribute schema; {@code rangeName} may be null. */
  public KeySpec(
      String hashName, ScalarAttributeType hashType, String rangeName, ScalarAttributeType rangeType) {
    this(List.of(new Attribute(hashName, hashType)),
        rangeName == null ? List.of() : List.of(new Attribute(rangeName, rangeType)));
  }

  /** Whether either side has more than one attribute. */
  public boolean multiAttribute() {
    return hash.size() > 1 || range.size() > 1;
  }

  /** The (first) hash attribute's name. */
  public String hashName() {
    return hash.get(0).name();
  }

  public ScalarAttributeType hashType() {
    return hash.get(0).type();
  }

  /** The (first) range attribute's name, or null without a range key. */
  public String rangeName() {
    return range.isEmpty() ? null : range.get(0).name();
  }

  public ScalarAttributeType rangeType() {
    return range.isEmpty() ? null : range.get(0).type();
  }

  public boolean hasRange() {
    return !range.isEmpty();
  }

  /** Every key attribute, hash attributes first, in schema order. */
  public List<Attribute> attributes() {
    List<Attribute> all = new ArrayList<>(hash);
    all.addAll(range);
    return all;
  }

  /** The partition value of an item (composite for several hash attributes); null if absent. */
  public AttributeValue hashOf(Map<String, AttributeValue> item) {
    return valueOf(hash, item);
  }

  /** The sort value of an item (composite for several range attributes); null if absent. */
  public AttributeValue rangeOf(Map<String, AttributeValue> item) {
    return range.isEmpty() ? null : valueOf(range, item);
  }

  private static AttributeValue valueOf(List<Attribute> side, Map<String, AttributeValue> item) {
    if (side.size() == 1) {
      return item.get(side.get(0).name());
    }
    List<AttributeValue> values = new ArrayList<>(side.size());
    for (Attribute a : side) {
      AttributeValue v = item.get(a.name());
      if (v == null) {
        return null;
      }
      values.add(v);
    }
    return new AttributeValue.L(values);
  }

  /**
   * Whether an item belongs under this key (indexes are sparse): every key attribute present, of its
   * declared type and not empty.
   */
  public boolean covers(Map<String, AttributeValue> item) {
    for (Attribute a : attributes()) {
      if (!indexable(item.get(a.name()), a.type())) {
        return false;
      }
    }
    return true;
  }

  private static boolean indexable(AttributeValue value, ScalarAttributeType type) {
    if (value == null || !hasType(value, type)) {
      return false;
    }
    return !(value instanceof AttributeValue.S s && s.value().isEmpty())
        && !(value instanceof AttributeValue.B b && b.value().length() == 0);
  }

  /** Whether a name is one of this schema's key attributes. */
  public boolean isKeyAttribute(String name) {
    for (Attribute a : hash) {
      if (a.name().equals(name)) {
        return true;
      }
    }
    for (Attribute a : range) {
      if (a.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The key attributes of an item, hash first. */
  public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new LinkedHashMap<>(4);
    for (Attribute a : hash) {
      key.put(a.name(), item.get(a.name()));
    }
    for (Attribute a : range) {
      key.put(a.name(), item.get(a.name()));
    }
    return key;
  }

  /** The entry key of a table item (or a primary key map). */
  public EntryKey entryKey(Map<String, AttributeValue> item) {
    return EntryKey.of(hashOf(item), rangeOf(item));
  }

  public List<KeySchemaElement> toSchema() {
    List<KeySchemaElement> schema = new ArrayList<>(hash.size() + range.size());
    hash.forEach(a -> schema.add(new KeySchemaElement(a.name(), KeyType.HASH)));
    range.forEach(a -> schema.add(new KeySchemaElement(a.name(), KeyType.RANGE)));
    return schema;
  }

  /** Whether a value has the given declared scalar type. */
  public static boolean hasType(AttributeValue value, ScalarAttributeType type) {
    return value.type().name().equals(type.name());
  }
}
