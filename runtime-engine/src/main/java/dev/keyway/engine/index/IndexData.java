package dev.keyway.engine.index;

import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.IndexStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The entries of one secondary index, ordered by index hash key, index range key and the table's
 * primary key. Entries hold the projected item (for ALL projections the table's own item object).
 */
public final class IndexData {
  private final IndexSpec spec;
  private final KeySpec tableKey;
  private final ConcurrentSkipListMap<EntryKey, StoredItem> entries =
      new ConcurrentSkipListMap<>(EntryKey.ORDER);
  private final AtomicLong itemCount = new AtomicLong();
  private final AtomicLong sizeBytes = new AtomicLong();
  private volatile IndexStatus status = IndexStatus.ACTIVE;
  private volatile boolean backfilling;

  public IndexData(IndexSpec spec, KeySpec tableKey) {
    this.spec = spec;
    this.tableKey = tableKey;
  }

  public IndexSpec spec() {
    return spec;
  }

  public ConcurrentSkipListMap<EntryKey, StoredItem> entries() {
    return entries;
  }

  public long itemCount() {
    return itemCount.get();
  }

  public long sizeBytes() {
    return sizeBytes.get();
  }

  public IndexStatus status() {
    return status;
  }

  public boolean backfilling() {
    return backfilling;
  }

  public void status(IndexStatus status, boolean backfilling) {
    this.status = status;
    this.backfilling = backfilling;
  }

  /** The index entry key of a table item, or null when the item is not in the index (sparse). */
  public EntryKey entryKey(Map<String, AttributeValue> item) {
    if (!spec.covers(item)) {
      return null;
    }
    KeySpec key = spec.key();
    return EntryKey.of(
        key.hashOf(item), key.rangeOf(item), tableKey.hashOf(item), tableKey.rangeOf(item));
  }

  /**
   * Moves an item's index entry from its old to its new version (either may be null) and returns
   * the write units this cost the index by DynamoDB's rules.
   */
  public double apply(StoredItem oldItem, StoredItem newItem) {
    EntryKey oldKey = oldItem == null ? null : entryKey(oldItem.attributes());
    EntryKey newKey = newItem == null ? null : entryKey(newItem.attributes());
    StoredItem oldProjected = oldKey == null ? null : spec.project(oldItem, tableKey);
    StoredItem newProjected = newKey == null ? null : spec.project(newItem, tableKey);
    double units = 0;
    if (oldKey != null && (newKey == null || !oldKey.equals(newKey))) {
      entries.remove(oldKey);
      itemCount.decrementAndGet();
      long size = oldProjected.sizeInBytes();
      sizeBytes.addAndGet(-size);
      units += writeUnits(size);
      oldProjected = null;
    }
    if (newKey != null) {
      long size = newProjected.sizeInBytes();
      entries.put(newKey, newProjected);
      if (oldProjected == null) {
        itemCount.incrementAndGet();
        sizeBytes.addAndGet(size);
        units += writeUnits(size);
      } else {
        long oldSize = oldProjected.sizeInBytes();
        sizeBytes.addAndGet(size - oldSize);
        if (!oldProjected.attributes().equals(newProjected.attributes())) {
          units += writeUnits(Math.max(size, oldSize));
        }
      }
    }
    return units;
  }

  /** Write units an index write of this many bytes costs: one per started KB, at least one. */
  static double writeUnits(long size) {
    return Math.max(1, (size + 1023) / 1024);
  }
}
