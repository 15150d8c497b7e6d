package dev.keyway.engine.storage;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.ScalarAttributeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A key schema with its attribute types: a hash key and an optional range key. */
public record KeySpec(
    String hashName, ScalarAttributeType hashType, String rangeName, ScalarAttributeType rangeType) {

  public boolean hasRange() {
    return rangeName != null;
  }

  public AttributeValue hashOf(Map<String, AttributeValue> item) {
    return item.get(hashName);
  }

  public AttributeValue rangeOf(Map<String, AttributeValue> item) {
    return rangeName == null ? null : item.get(rangeName);
  }

  /** Whether a name is one of this schema's key attributes. */
  public boolean isKeyAttribute(String name) {
    return name.equals(hashName) || name.equals(rangeName);
  }

  /** The key attributes of an item, hash first. */
  public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new LinkedHashMap<>(4);
    key.put(hashName, item.get(hashName));
    if (rangeName != null) {
      key.put(rangeName, item.get(rangeName));
    }
    return key;
  }

  /** The entry key of a table item (or a primary key map). */
  public EntryKey entryKey(Map<String, AttributeValue> item) {
    return EntryKey.of(hashOf(item), rangeOf(item));
  }

  public List<KeySchemaElement> toSchema() {
    List<KeySchemaElement> schema = new ArrayList<>(2);
    schema.add(new KeySchemaElement(hashName, KeyType.HASH));
    if (rangeName != null) {
      schema.add(new KeySchemaElement(rangeName, KeyType.RANGE));
    }
    return schema;
  }

  /** Whether a value has the given declared scalar type. */
  public static boolean hasType(AttributeValue value, ScalarAttributeType type) {
    return value.type().name().equals(type.name());
  }
}
