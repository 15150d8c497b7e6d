package dev.keyway.engine.storage;

import dev.keyway.engine.index.IndexData;
import dev.keyway.engine.index.IndexSpec;
import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One table's items and indexes. Items live in one skip list ordered by partition ring hash, then
 * partition key, then sort key, so point reads, partition ranges and scan segments are all
 * sub-maps. Writers hold the item's stripe lock (and the shared side of the schema lock); schema
 * changes such as adding a GSI take the exclusive side.
 */
public final class Table {
  private static final int STRIPES = 1024;

  private final long sequence;
  private volatile TableMeta meta;
  private final ConcurrentSkipListMap<EntryKey, Slot> items =
      new ConcurrentSkipListMap<>(EntryKey.ORDER);
  /**
   * The same items by key, for point reads (GetItem, and every write's read of the current item):
   * a hash lookup instead of a descent through the skip list. Written together with {@link #items}
   * under the item's stripe lock.
   */
  private final java.util.concurrent.ConcurrentHashMap<EntryKey, Slot> byKey =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The current item under one key, shared by both maps; replaced in place by writes. */
  private static final class Slot implements ItemRef {
    volatile StoredItem item;

    Slot(StoredItem item) {
      this.item = item;
    }

    @Override
    public StoredItem item() {
      return item;
    }
  }
  private volatile Map<String, IndexData> indexes;
  // striped counters: writers on different cores do not contend on one cache line
  private final java.util.concurrent.atomic.LongAdder itemCount =
      new java.util.concurrent.atomic.LongAdder();
  private final java.util.concurrent.atomic.LongAdder sizeBytes =
      new java.util.concurrent.atomic.LongAdder();
  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
  private final ReentrantReadWriteLock schemaLock = new ReentrantReadWriteLock();
  private final Map<String, String> tags = new LinkedHashMap<>();
  private volatile String ttlAttribute;
  private final java.util.concurrent.ConcurrentHashMap<AttributeValue, AtomicLong> collections =
      new java.util.concurrent.ConcurrentHashMap<>();

  public Table(long sequence, TableMeta meta) {
    this.sequence = sequence;
    this.meta = meta;
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
    Map<String, IndexData> map = new LinkedHashMap<>();
    for (IndexSpec spec : meta.allIndexes()) {
      map.put(spec.name(), new IndexData(spec, meta.key()));
    }
    this.indexes = map;
  }

  public long sequence() {
    return sequence;
  }

  public TableMeta meta() {
    return meta;
  }

  public void meta(TableMeta meta) {
    this.meta = meta;
  }

  public String name() {
    return meta.name();
  }

  public KeySpec key() {
    return meta.key();
  }

  public NavigableMap<EntryKey, ? extends ItemRef> items() {
    return items;
  }

  public IndexData index(String name) {
    return indexes.get(name);
  }

  public Map<String, IndexData> indexes() {
    return indexes;
  }

  public long itemCount() {
    return itemCount.sum();
  }

  public long sizeBytes() {
    return sizeBytes.sum();
  }

  public StoredItem get(EntryKey key) {
    Slot slot = byKey.get(key);
    return slot == null ? null : slot.item;
  }

  // --- locking ---------------------------------------------------------------------------------

  /** A global lock order for multi-item transactions: table, then stripe. */
  public long lockOrder(EntryKey key) {
    return sequence * STRIPES + stripeOf(key);
  }

  public ReentrantLock stripe(EntryKey key) {
    return stripes[stripeOf(key)];
  }

  private static int stripeOf(EntryKey key) {
    int h = key.hash() * 31 + (key.rangeKey() == null ? 0 : key.rangeKey().hashCode());
    h ^= h >>> 15;
    return h & (STRIPES - 1);
  }

  public ReentrantReadWriteLock schemaLock() {
    return schemaLock;
  }

  // --- writes (callers hold the item's stripe and the shared schema lock) -----------------------

  /**
   * Replaces {@code oldItem} (null if absent) by {@code newItem} (null to delete) and keeps every
   * index in step. Returns the write units each index consumed, by index name.
   */
  public Map<String, Double> write(EntryKey key, StoredItem oldItem, StoredItem newItem) {
    if (newItem == null) {
      if (oldItem != null) {
        byKey.remove(key);
        items.remove(key);
        itemCount.decrement();
        sizeBytes.add(-oldItem.sizeInBytes());
      }
    } else {
      Slot slot = byKey.get(key);
      if (slot != null) {
        slot.item = newItem; // a replacement: no descent through the skip list
      } else {
        slot = new Slot(newItem);
        items.put(key, slot);
        byKey.put(key, slot);
      }
      if (oldItem == null) {
        itemCount.increment();
        sizeBytes.add(newItem.sizeInBytes());
      } else {
        sizeBytes.add(newItem.sizeInBytes() - oldItem.sizeInBytes());
      }
    }
    if (!meta.localIndexes().isEmpty()) {
      long delta = collectionBytes(newItem) - collectionBytes(oldItem);
      AttributeValue hash = key.hashKey();
      collections.computeIfAbsent(hash, h -> new AtomicLong()).addAndGet(delta);
    }
    Map<String, Double> units = null;
    for (IndexData index : indexes.values()) {
      double u = index.apply(oldItem, newItem);
      if (u > 0) {
        if (units == null) {
          units = new LinkedHashMap<>();
        }
        units.put(index.spec().name(), u);
      }
    }
    return units == null ? Map.of() : units;
  }

  /** Size in bytes of an item collection (a partition's items plus their LSI entries). */
  public long collectionSize(AttributeValue hashKey) {
    AtomicLong size = collections.get(hashKey);
    return size == null ? 0 : size.get();
  }

  /** What an item adds to its item collection: itself plus its LSI entries. */
  public long collectionBytes(StoredItem item) {
    if (item == null) {
      return 0;
    }
    long total = item.sizeInBytes();
    for (IndexSpec lsi : meta.localIndexes()) {
      if (lsi.covers(item.attributes())) {
        total += lsi.projectedSize(item, meta.key());
      }
    }
    return total;
  }

  // --- schema changes (callers hold the exclusive schema lock) ---------------------------------

  /** Adds a GSI and fills it from the current items. */
  public void addIndex(IndexSpec spec) {
    IndexData data = new IndexData(spec, meta.key());
    for (Slot slot : items.values()) {
      data.apply(null, slot.item);
    }
    Map<String, IndexData> copy = new LinkedHashMap<>(indexes);
    copy.put(spec.name(), data);
    indexes = copy;
  }

  public void removeIndex(String name) {
    Map<String, IndexData> copy = new LinkedHashMap<>(indexes);
    copy.remove(name);
    indexes = copy;
  }

  // --- tags and TTL ----------------------------------------------------------------------------

  public synchronized void tag(String key, String value) {
    tags.put(key, value);
  }

  public synchronized void untag(String key) {
    tags.remove(key);
  }

  public synchronized List<Map.Entry<String, String>> tags() {
    List<Map.Entry<String, String>> copy = new ArrayList<>();
    tags.forEach((k, v) -> copy.add(Map.entry(k, v)));
    return copy;
  }

  public String ttlAttribute() {
    return ttlAttribute;
  }

  public void ttlAttribute(String attribute) {
    this.ttlAttribute = attribute;
  }
}
