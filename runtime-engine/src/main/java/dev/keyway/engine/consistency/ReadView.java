package dev.keyway.engine.consistency;

import dev.keyway.engine.index.IndexData;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.ItemRef;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import dev.keyway.model.AttributeValue;
import java.util.NavigableMap;
import java.util.function.Function;

/**
 * The data one Query or Scan page reads: the entries it walks (a table's items or an index's
 * entries, in key order), one partition of them, and the table's items by key (to complete
 * projected LSI entries), either live or as they were some lag ago.
 *
 * @param entries what the page walks
 * @param items the table's item under a key, or null
 * @param partitions the entries under one hash key (what a Query walks)
 */
public record ReadView(
    NavigableMap<EntryKey, ? extends ItemRef> entries,
    Function<EntryKey, StoredItem> items,
    Function<AttributeValue, NavigableMap<EntryKey, ? extends ItemRef>> partitions) {

  /** The latest data of a table, or of one of its indexes. */
  public static ReadView live(Table table, IndexData index) {
    return index == null
        ? new ReadView(table.items(), table::get, table::partition)
        : of(index.entries(), table::get);
  }

  /** A view whose partitions are sub-maps of its entries. */
  public static ReadView of(
      NavigableMap<EntryKey, ? extends ItemRef> entries, Function<EntryKey, StoredItem> items) {
    return new ReadView(entries, items, hashKey -> entries.subMap(
        EntryKey.partitionBound(hashKey, -1), true, EntryKey.partitionBound(hashKey, 1), true));
  }

  /** The entries under one hash key, in key order. */
  public NavigableMap<EntryKey, ? extends ItemRef> partition(AttributeValue hashKey) {
    return partitions.apply(hashKey);
  }
}
