package dev.keyway.engine.capacity;

import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Write units a change of one item costs its secondary indexes, by DynamoDB's rules, computed from
 * the item's images before and after: an entry put, removed or moved costs one unit per started KB
 * of the projected item (a moved entry pays for both its removal and its new place); an entry
 * updated in place costs the larger of its two projections, and nothing when its projection did
 * not change.
 */
public final class IndexWriteUnits {
  private IndexWriteUnits() {}

  /** Units by index name, in the table's index order; only indexes that were written. */
  public static Map<String, Double> of(TableMeta meta, StoredItem oldItem, StoredItem newItem) {
    if (meta.localIndexes().isEmpty() && meta.globalIndexes().isEmpty()) {
      return Map.of();
    }
    Map<String, Double> units = null;
    for (IndexSpec spec : meta.allIndexes()) {
      double u = of(spec, meta.key(), oldItem, newItem);
      if (u > 0) {
        if (units == null) {
          units = new LinkedHashMap<>();
        }
        units.put(spec.name(), u);
      }
    }
    return units == null ? Map.of() : units;
  }

  static double of(IndexSpec spec, KeySpec tableKey, StoredItem oldItem, StoredItem newItem) {
    double units = 0;
    for (double u : byPartition(spec, tableKey, oldItem, newItem).values()) {
      units += u;
    }
    return units;
  }

  /**
   * The same units by the index partition key value they are written to: a removed entry's under
   * its old value, a put or updated entry's under its new one. Empty when the index is not
   * written.
   */
  static Map<AttributeValue, Double> byPartition(IndexSpec spec, KeySpec tableKey,
      StoredItem oldItem, StoredItem newItem) {
    EntryKey oldKey = oldItem == null ? null : spec.entryKey(oldItem.attributes(), tableKey);
    EntryKey newKey = newItem == null ? null : spec.entryKey(newItem.attributes(), tableKey);
    if (oldKey == null && newKey == null) {
      return Map.of();
    }
    boolean inPlace = oldKey != null && oldKey.equals(newKey);
    Map<AttributeValue, Double> units = new LinkedHashMap<>(2);
    if (oldKey != null && !inPlace) {
      units.merge(oldKey.hashKey(), writeUnits(spec.projectedSize(oldItem, tableKey)),
          Double::sum);
    }
    if (newKey != null) {
      long size = spec.projectedSize(newItem, tableKey);
      if (!inPlace) {
        units.merge(newKey.hashKey(), writeUnits(size), Double::sum);
      } else if (!spec.project(oldItem, tableKey).attributes()
          .equals(spec.project(newItem, tableKey).attributes())) {
        units.put(newKey.hashKey(), writeUnits(Math.max(size, spec.projectedSize(oldItem, tableKey))));
      }
    }
    return units;
  }

  /** Write units an index write of this many bytes costs: one per started KB, at least one. */
  static double writeUnits(long size) {
    return Math.max(1, (size + 1023) / 1024);
  }
}
