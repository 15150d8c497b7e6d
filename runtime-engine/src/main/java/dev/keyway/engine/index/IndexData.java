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
    return spec.entryKey(item, tableKey);
  }

  /**
   * Moves an item's index entry from its old to its new version (either may be null). What this
   * costs in write units is the capacity code's business ({@code capacity.IndexWriteUnits}).
   */
  public void apply(StoredItem oldItem, StoredItem newItem) {
    EntryKey oldKey = oldItem == null ? null : entryKey(oldItem.attributes());
    EntryKey newKey = newItem == null ? null : entryKey(newItem.attributes());
    StoredItem oldProjected = oldKey == null ? null : spec.project(oldItem, tableKey);
    if (oldKey != null && (newKey == null || !oldKey.equals(newKey))) {
      entries.remove(oldKey);
      itemCount.decrementAndGet();
      sizeBytes.addAndGet(-oldProjected.sizeInBytes());
      oldProjected = null;
    }
    if (newKey != null) {
      StoredItem newProjected = spec.project(newItem, tableKey);
      long size = newProjected.sizeInBytes();
      entries.put(newKey, newProjected);
      if (oldProjected == null) {
        itemCount.incrementAndGet();
        sizeBytes.addAndGet(size);
      } else {
        sizeBytes.addAndGet(size - oldProjected.sizeInBytes());
      }
    }
  }
}
