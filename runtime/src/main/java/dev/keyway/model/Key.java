package dev.keyway.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A primary key (or an index key): the partition key attribute and, for composite keys, the sort
 * key attribute. Key values are S, N or B.
 */
public record Key(Map<String, AttributeValue> attributes) implements ItemKey {
  public Key {
    LinkedHashMap<String, AttributeValue> copy = new LinkedHashMap<>(attributes);
    for (Map.Entry<String, AttributeValue> e : copy.entrySet()) { // a loop, not a lambda: cheap first use
      if (e.getValue() == null) {
        throw new NullPointerException("value of ".concat(String.valueOf(e.getKey())));
      }
    }
    attributes = Collections.unmodifiableMap(copy);
  }

  public static Key of(String partitionName, AttributeValue partitionValue) {
    return new Key(Map.of(partitionName, partitionValue));
  }

  public static Key of(
      String partitionName,
      AttributeValue partitionValue,
      String sortName,
      AttributeValue sortValue) {
    LinkedHashMap<String, AttributeValue> map = new LinkedHashMap<>();
    map.put(partitionName, partitionValue);
    map.put(sortName, sortValue);
    return new Key(map);
  }

  /** This key. */
  @Override
  public Key toKey() {
    return this;
  }

  /** The key as an item holding only the key attributes. */
  public Item toItem() {
    return new Item(attributes);
  }

  public long sizeInBytes() {
    return ItemSize.of(attributes);
  }
}
