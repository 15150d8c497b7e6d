package dev.keyway.engine.index;

import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.Projection;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.ScalarAttributeType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A secondary index definition: its key schema and which attributes it projects. */
public record IndexSpec(
    String name,
    boolean global,
    KeySpec key,
    ProjectionType projectionType,
    List<String> nonKeyAttributes,
    ProvisionedThroughput throughput) {

  public IndexSpec {
    nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
  }

  public Projection projection() {
    return new Projection(
        projectionType,
        projectionType == ProjectionType.INCLUDE ? nonKeyAttributes : null);
  }

  /**
   * Whether an item belongs in the index: every index key attribute is present, of its declared type
   * and not empty. Writes refuse other values, but items stored before a GSI was added may hold them;
   * DynamoDB's backfill leaves such items out of the index.
   */
  public boolean covers(Map<String, AttributeValue> item) {
    return key.covers(item);
  }

  /**
   * The entry key of a table item in this index (index key, then the table key as a tie-breaker),
   * or null when the item lacks an index key attribute (indexes are sparse).
   */
  public EntryKey entryKey(Map<String, AttributeValue> item, KeySpec tableKey) {
    if (!covers(item)) {
      return null;
    }
    return EntryKey.of(
        key.hashOf(item), key.rangeOf(item), tableKey.hashOf(item), tableKey.rangeOf(item));
  }

  /** Whether an attribute of the table is projected into this index. */
  public boolean projects(String attribute, KeySpec tableKey) {
    return projectionType == ProjectionType.ALL
        || key.isKeyAttribute(attribute)
        || tableKey.isKeyAttribute(attribute)
        || (projectionType == ProjectionType.INCLUDE && nonKeyAttributes.contains(attribute));
  }

  /** The size of an item's projection into this index, without building the projection. */
  public long projectedSize(StoredItem item, KeySpec tableKey) {
    if (projectionType == ProjectionType.ALL) {
      return item.sizeInBytes();
    }
    long size = 0;
    for (Map.Entry<String, AttributeValue> e : item.attributes().entrySet()) {
      if (projects(e.getKey(), tableKey)) {
        size += dev.keyway.model.Strings.utf8Length(e.getKey())
            + dev.keyway.model.ItemSize.of(e.getValue());
      }
    }
    return size;
  }

  /** The projection of a table item into this index; the same object for ALL projections. */
  public StoredItem project(StoredItem item, KeySpec tableKey) {
    if (projectionType == ProjectionType.ALL) {
      return item;
    }
    Map<String, AttributeValue> projected = new LinkedHashMap<>();
    for (Map.Entry<String, AttributeValue> e : item.attributes().entrySet()) {
      if (projects(e.getKey(), tableKey)) {
        projected.put(e.getKey(), e.getValue());
      }
    }
    return StoredItem.of(projected);
  }
}
