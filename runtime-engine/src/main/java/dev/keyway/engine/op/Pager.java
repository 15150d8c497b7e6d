package dev.keyway.engine.op;

import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.index.IndexData;
import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.request.ItemCondition;
import dev.keyway.engine.request.ItemProjection;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.ItemRef;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.engine.storage.Table;
import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads one page of a Query or Scan: stops at Limit evaluated items or after 1 MB read, applies
 * the filter and projection, counts, and reports where the next page starts.
 */
final class Pager {
  static final long PAGE_BYTES = 1024 * 1024;

  /** One page: returned items, Count, ScannedCount, LastEvaluatedKey and bytes read. */
  record Page(
      List<Map<String, AttributeValue>> items, int count, int scanned,
      Map<String, AttributeValue> lastEvaluatedKey, long bytesRead) {}

  private Pager() {}

  /**
   * @param stop   a predicate on the sort-key of an entry; iteration ends at the first entry for
   *     which it is true (used by begins_with), may be null
   * @param tableItems the table's item under a key (live or as a lagging read sees it)
   * @param fetchFromTable whether projected index entries must be completed from the table
   */
  static Page read(
      Table table,
      IndexData index,
      Function<EntryKey, StoredItem> tableItems,
      Iterator<? extends Map.Entry<EntryKey, ? extends ItemRef>> entries,
      Integer limit,
      ItemCondition filter,
      ItemProjection projection,
      boolean countOnly,
      Predicate<EntryKey> skip,
      Predicate<EntryKey> stop,
      boolean fetchFromTable) {
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    int scanned = 0;
    int count = 0;
    long bytes = 0;
    boolean started = false;
    while (entries.hasNext()) {
      Map.Entry<EntryKey, ? extends ItemRef> e = entries.next();
      if (skip != null && !started && skip.test(e.getKey())) {
        continue;
      }
      started = true;
      if (stop != null && stop.test(e.getKey())) {
        break;
      }
      StoredItem item = e.getValue().item();
      if (fetchFromTable) {
        StoredItem full = tableItems.apply(table.key().entryKey(item.attributes()));
        item = full == null ? item : full;
      }
      scanned++;
      bytes += item.sizeInBytes();
      if (filter == null || filter.test(item.attributes())) {
        count++;
        if (!countOnly) {
          out.add(projection == null ? item.attributes() : projection.apply(item.attributes()));
        }
      }
      if ((limit != null && scanned >= limit) || bytes >= PAGE_BYTES) {
        // DynamoDB reports a LastEvaluatedKey whenever a page is full, even at the very end.
        Map<String, AttributeValue> last =
            lastKey(table.key(), index == null ? null : index.spec(), item.attributes());
        return new Page(out, count, scanned, last, bytes);
      }
    }
    return new Page(out, count, scanned, null, bytes);
  }

  static Map<String, AttributeValue> lastKey(
      KeySpec tableKey, IndexSpec index, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new LinkedHashMap<>(tableKey.keyOf(item));
    if (index != null) {
      key.putAll(index.key().keyOf(item));
    }
    return key;
  }
}
