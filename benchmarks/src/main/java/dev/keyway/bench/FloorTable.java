package dev.keyway.bench;

import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/**
 * One table of the {@link FloorBackend}: partitions by partition-key string in a hash map, items
 * of a partition by sort-key string in a sorted map (the concurrent versions of HashMap and
 * TreeMap, so that several benchmark threads can write). Items are stored as given, not copied.
 */
final class FloorTable {
  private final String hashKey;
  private final String rangeKey;
  private final Map<String, ConcurrentSkipListMap<String, Map<String, AttributeValue>>> partitions =
      new ConcurrentHashMap<>();

  FloorTable(String hashKey, String rangeKey) {
    this.hashKey = hashKey;
    this.rangeKey = rangeKey;
  }

  void put(Map<String, AttributeValue> item) {
    partitions
        .computeIfAbsent(string(item, hashKey), k -> new ConcurrentSkipListMap<>())
        .put(string(item, rangeKey), item);
  }

  Map<String, AttributeValue> get(Map<String, AttributeValue> key) {
    var partition = partitions.get(string(key, hashKey));
    return partition == null ? null : partition.get(string(key, rangeKey));
  }

  void delete(Map<String, AttributeValue> key) {
    var partition = partitions.get(string(key, hashKey));
    if (partition != null) {
      partition.remove(string(key, rangeKey));
    }
  }

  /** Replaces the item at {@code key} by {@code change} of it; false if there is no item. */
  boolean update(Map<String, AttributeValue> key, UnaryOperator<Map<String, AttributeValue>> change) {
    var partition = partitions.get(string(key, hashKey));
    return partition != null
        && partition.computeIfPresent(string(key, rangeKey), (k, old) -> change.apply(old)) != null;
  }

  /** The items of one partition in sort-key order. */
  List<Map<String, AttributeValue>> partition(String partitionKey) {
    var partition = partitions.get(partitionKey);
    return partition == null ? List.of() : new ArrayList<>(partition.values());
  }

  private static String string(Map<String, AttributeValue> item, String attribute) {
    return ((AttributeValue.S) item.get(attribute)).value();
  }
}
