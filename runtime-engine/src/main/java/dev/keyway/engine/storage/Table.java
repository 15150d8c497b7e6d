package dev.keyway.engine.storage;

import dev.keyway.engine.index.IndexData;
import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.txn.TableLocks;
import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * One table as the operations read it: its definition, its items (by key, and sorted by partition
 * ring hash, partition key and sort key, so point reads, partition ranges and scan segments are all
 * lookups or sub-maps), its indexes, counters, tags and TTL setting. Changes go through the
 * committer only, which sees every table as a {@link TableStore}.
 */
public interface Table {
  TableMeta meta();

  default String name() {
    return meta().name();
  }

  default KeySpec key() {
    return meta().key();
  }

  /** The current item under a key, or null. */
  StoredItem get(EntryKey key);

  /** Every item, in key order. */
  NavigableMap<EntryKey, ? extends ItemRef> items();

  /** The items of one partition in sort-key order (the part of {@link #items()} under a hash key). */
  NavigableMap<EntryKey, ? extends ItemRef> partition(AttributeValue hashKey);

  /** A secondary index's entries, or null when the table has no index of that name. */
  IndexData index(String name);

  Map<String, IndexData> indexes();

  long itemCount();

  long sizeBytes();

  /** Size in bytes of an item collection (a partition's items plus their LSI entries). */
  long collectionSize(AttributeValue hashKey);

  /** What an item adds to its item collection: itself plus its LSI entries. */
  default long collectionBytes(StoredItem item) {
    if (item == null) {
      return 0;
    }
    TableMeta meta = meta();
    long total = item.sizeInBytes();
    for (IndexSpec lsi : meta.localIndexes()) {
      if (lsi.covers(item.attributes())) {
        total += lsi.projectedSize(item, meta.key());
      }
    }
    return total;
  }

  /** The table's tags, in the order they were first set. */
  List<Map.Entry<String, String>> tags();

  /** The attribute TTL reads, or null when TTL is disabled. */
  String ttlAttribute();

  /** The table's resource-based policy, or null when it has none. */
  TablePolicy resourcePolicy();

  /** The resource-based policies of the table's streams, by stream label (sorted); empty when none. */
  Map<String, TablePolicy> streamPolicies();

  /** Point-in-time recovery, or null when it is off. */
  PitrSetting pointInTimeRecovery();

  /** The locks writers of this table take (used by the committer). */
  TableLocks locks();
}
