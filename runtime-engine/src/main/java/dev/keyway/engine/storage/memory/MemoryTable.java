package dev.keyway.engine.storage.memory;

import dev.keyway.engine.index.IndexData;
import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.ItemRef;
import dev.keyway.engine.storage.PitrSetting;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.engine.storage.TablePolicy;
import dev.keyway.engine.storage.TableStore;
import dev.keyway.engine.txn.TableLocks;
import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One table held in memory. Items live in one skip list in key order (for scans), in a hash map by
 * key (for point reads, and every write's read of the current item) and in a small skip list per
 * partition (for queries, which then neither descend nor bound-check the whole table's list), all
 * holding the same {@link Slot}, which a replacing write updates in place.
 */
final class MemoryTable implements TableStore {
  /** An absent partition, ordered like the others (sub-map bounds are compared). */
  private static final NavigableMap<EntryKey, Slot> NO_ITEMS =
      Collections.unmodifiableNavigableMap(new TreeMap<>(EntryKey.ORDER));

  private volatile TableMeta meta;
  private final TableLocks locks;
  private final ConcurrentSkipListMap<EntryKey, Slot> items =
      new ConcurrentSkipListMap<>(EntryKey.ORDER);
  private final ConcurrentHashMap<EntryKey, Slot> byKey = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<AttributeValue, ConcurrentSkipListMap<EntryKey, Slot>> partitions =
      new ConcurrentHashMap<>();
  private volatile Map<String, IndexData> indexes;
  // striped counters: writers on different cores do not contend on one cache line
  private final LongAdder itemCount = new LongAdder();
  private final LongAdder sizeBytes = new LongAdder();
  private final ItemCollectionSizes collections = new ItemCollectionSizes();
  /** Copied on write: tags change rarely and are read whole. */
  private volatile Map<String, String> tags = Map.of();
  private volatile String ttlAttribute;
  private volatile TablePolicy resourcePolicy;
  /** Copied on write, as tags. */
  private volatile Map<String, TablePolicy> streamPolicies = Map.of();
  private volatile PitrSetting pointInTimeRecovery;

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

  MemoryTable(TableMeta meta, TableLocks locks) {
    this.meta = meta;
    this.locks = locks;
    Map<String, IndexData> map = new LinkedHashMap<>();
    for (IndexSpec spec : meta.allIndexes()) {
      map.put(spec.name(), new IndexData(spec, meta.key()));
    }
    this.indexes = map;
  }

  @Override
  public TableMeta meta() {
    return meta;
  }

  @Override
  public TableLocks locks() {
    return locks;
  }

  @Override
  public StoredItem get(EntryKey key) {
    Slot slot = byKey.get(key);
    return slot == null ? null : slot.item;
  }

  @Override
  public NavigableMap<EntryKey, ? extends ItemRef> items() {
    return items;
  }

  @Override
  public NavigableMap<EntryKey, ? extends ItemRef> partition(AttributeValue hashKey) {
    NavigableMap<EntryKey, ? extends ItemRef> partition = partitions.get(hashKey);
    return partition == null ? NO_ITEMS : partition;
  }

  @Override
  public IndexData index(String name) {
    return indexes.get(name);
  }

  @Override
  public Map<String, IndexData> indexes() {
    return indexes;
  }

  @Override
  public long itemCount() {
    return itemCount.sum();
  }

  @Override
  public long sizeBytes() {
    return sizeBytes.sum();
  }

  @Override
  public long collectionSize(AttributeValue hashKey) {
    return collections.get(hashKey);
  }

  @Override
  public List<Map.Entry<String, String>> tags() {
    return new ArrayList<>(tags.entrySet());
  }

  @Override
  public String ttlAttribute() {
    return ttlAttribute;
  }

  @Override
  public TablePolicy resourcePolicy() {
    return resourcePolicy;
  }

  @Override
  public Map<String, TablePolicy> streamPolicies() {
    return streamPolicies;
  }

  // --- changes, applied by the committer ---------------------------------------------------------

  @Override
  public void apply(EntryKey key, StoredItem oldItem, StoredItem newItem) {
    if (newItem == null) {
      if (oldItem != null) {
        byKey.remove(key);
        items.remove(key);
        // compute locks the partition's bin: an insert cannot land in a list being dropped
        partitions.computeIfPresent(key.hashKey(), (hashKey, partition) -> {
          partition.remove(key);
          return partition.isEmpty() ? null : partition;
        });
        itemCount.decrement();
        sizeBytes.add(-oldItem.sizeInBytes());
      }
    } else {
      Slot slot = byKey.get(key);
      if (slot != null) {
        slot.item = newItem; // a replacement: no descent through the skip list
      } else {
        Slot added = new Slot(newItem);
        items.put(key, added);
        partitions.compute(key.hashKey(), (hashKey, partition) -> {
          ConcurrentSkipListMap<EntryKey, Slot> p =
              partition == null ? new ConcurrentSkipListMap<>(EntryKey.ORDER) : partition;
          p.put(key, added);
          return p;
        });
        byKey.put(key, added);
      }
      if (oldItem == null) {
        itemCount.increment();
        sizeBytes.add(newItem.sizeInBytes());
      } else {
        sizeBytes.add(newItem.sizeInBytes() - oldItem.sizeInBytes());
      }
    }
    if (!meta.localIndexes().isEmpty()) {
      collections.add(key.hashKey(), collectionBytes(newItem) - collectionBytes(oldItem));
    }
    for (IndexData index : indexes.values()) {
      index.apply(oldItem, newItem);
    }
  }

  @Override
  public void define(TableMeta meta) {
    this.meta = meta;
  }

  @Override
  public void addIndex(IndexSpec spec) {
    IndexData data = new IndexData(spec, meta.key());
    for (Slot slot : items.values()) {
      data.apply(null, slot.item);
    }
    Map<String, IndexData> copy = new LinkedHashMap<>(indexes);
    copy.put(spec.name(), data);
    indexes = copy;
  }

  @Override
  public void removeIndex(String name) {
    Map<String, IndexData> copy = new LinkedHashMap<>(indexes);
    copy.remove(name);
    indexes = copy;
  }

  @Override
  public synchronized void tag(Map<String, String> added) {
    Map<String, String> copy = new LinkedHashMap<>(tags);
    copy.putAll(added);
    tags = copy;
  }

  @Override
  public synchronized void untag(Collection<String> keys) {
    Map<String, String> copy = new LinkedHashMap<>(tags);
    copy.keySet().removeAll(keys);
    tags = copy;
  }

  @Override
  public void ttlAttribute(String attribute) {
    this.ttlAttribute = attribute;
  }

  @Override
  public void resourcePolicy(TablePolicy policy) {
    this.resourcePolicy = policy;
  }

  @Override
  public void streamPolicy(String streamLabel, TablePolicy policy) {
    TreeMap<String, TablePolicy> copy = new TreeMap<>(streamPolicies);
    if (policy == null) {
      copy.remove(streamLabel);
    } else {
      copy.put(streamLabel, policy);
    }
    streamPolicies = Collections.unmodifiableSortedMap(copy);
  }

  @Override
  public PitrSetting pointInTimeRecovery() {
    return pointInTimeRecovery;
  }

  @Override
  public void pointInTimeRecovery(PitrSetting setting) {
    this.pointInTimeRecovery = setting;
  }
}
