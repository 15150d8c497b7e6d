package dev.keyway.engine.consistency;

import dev.keyway.engine.index.IndexData;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.ItemRef;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import java.util.NavigableMap;
import java.util.function.Function;

/**
 * The data one Query or Scan page reads: the entries it walks (a table's items or an index's
 * entries, in key order) and the table's items by key (to complete projected LSI entries), either
 * live or as they were some lag ago.
 *
 * @param entries what the page walks
 * @param items the table's item under a key, or null
 */
public record ReadView(
    NavigableMap<EntryKey, ? extends ItemRef> entries, Function<EntryKey, StoredItem> items) {

  /** The latest data of a table, or of one of its indexes. */
  public static ReadView live(Table table, IndexData index) {
    return new ReadView(index == null ? table.items() : index.entries(), table::get);
  }
}
