package dev.keyway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.GetItemResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Items by table and primary key, as last read or written through this cache, including "no such
 * item" (DAX's negative caching). One entry per key holds the answer for each {@link ReadShape}
 * read, each with its own age, so that a write can drop every shape of its item at once.
 */
final class ItemCache {
  private record Address(String table, Map<String, AttributeValue> key) {}

  /**
   * A ready GetItem response (its item null when the item did not exist), so that a hit allocates
   * nothing, and when it was stored.
   */
  private record Answer(GetItemResponse response, long storedAt) {}

  private final Cache<Address, Map<ReadShape, Answer>> answers;
  private final Map<String, Set<String>> keyNames = new ConcurrentHashMap<>();
  private final long ttlNanos;
  private final LongSupplier ticker;
  private final Tally tally = new Tally();

  ItemCache(CacheOptions options) {
    this.ttlNanos = options.itemTtl().toNanos();
    this.ticker = options.ticker();
    this.answers = tally.newCache(options.itemTtl(), options.itemMaxEntries(), ticker);
  }

  /** The cached answer for this read (its item null when there is no such item); null on a miss. */
  GetItemResponse find(String table, Map<String, AttributeValue> key, ReadShape shape) {
    Map<ReadShape, Answer> shapes = answers.getIfPresent(new Address(table, key));
    Answer answer = shapes == null ? null : shapes.get(shape);
    if (answer == null || ticker.getAsLong() - answer.storedAt() >= ttlNanos) {
      return null;
    }
    return answer.response();
  }

  /** Records what the backend answered to a read of {@code key}; {@code item} null for none. */
  void remember(String table, Map<String, AttributeValue> key, ReadShape shape, Map<String, AttributeValue> item) {
    keyNames.putIfAbsent(table, Set.copyOf(key.keySet()));
    Answer answer = answer(item);
    answers.asMap().merge(new Address(table, Map.copyOf(key)), Map.of(shape, answer), ItemCache::plus);
  }

  /** A write put this whole item: it is now the answer to a plain read, and other shapes are stale. */
  void writeThrough(String table, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = keyOf(table, item);
    if (key != null) {
      Answer answer = answer(item);
      answers.put(new Address(table, key), Map.of(ReadShape.WHOLE_ITEM, answer));
    }
  }

  /** A write deleted the item with this key: a plain read now answers "no such item". */
  void writeDeleted(String table, Map<String, AttributeValue> key) {
    keyNames.putIfAbsent(table, Set.copyOf(key.keySet())); // so that a later put finds this entry
    Answer answer = answer(null);
    answers.put(new Address(table, Map.copyOf(key)), Map.of(ReadShape.WHOLE_ITEM, answer));
  }

  /** Forgets the item with this key, whose new state is not known here. */
  void forget(String table, Map<String, AttributeValue> key) {
    answers.invalidate(new Address(table, key));
  }

  /** Forgets the item this whole item (as in a put) belongs to. */
  void forgetItem(String table, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = keyOf(table, item);
    if (key != null) {
      answers.invalidate(new Address(table, key));
    }
  }

  /** Forgets every item of a table, and its key attributes (a new table of that name may differ). */
  void forgetTable(String table) {
    keyNames.remove(table);
    answers.asMap().keySet().removeIf(address -> address.table().equals(table));
  }

  void clear() {
    keyNames.clear();
    answers.invalidateAll();
  }

  /**
   * The primary key of {@code item}, or null when this cache has never read from the table (and so
   * holds none of its items) or the item lacks a key attribute. Key attribute names are learnt
   * from reads the backend accepted.
   */
  Map<String, AttributeValue> keyOf(String table, Map<String, AttributeValue> item) {
    Set<String> names = keyNames.get(table);
    if (names == null) {
      return null;
    }
    Map<String, AttributeValue> key = new HashMap<>(names.size() * 2);
    for (String name : names) {
      AttributeValue value = item.get(name);
      if (value == null) {
        return null;
      }
      key.put(name, value);
    }
    return Map.copyOf(key);
  }

  Tally tally() {
    return tally;
  }

  CacheStatistics statistics() {
    answers.cleanUp();
    return tally.snapshot();
  }

  /** GetItemResponse copies the item, so later changes to the caller's map do not reach the cache. */
  private Answer answer(Map<String, AttributeValue> item) {
    return new Answer(new GetItemResponse(item, null), ticker.getAsLong());
  }

  private static Map<ReadShape, Answer> plus(Map<ReadShape, Answer> old, Map<ReadShape, Answer> added) {
    Map<ReadShape, Answer> merged = new HashMap<>(old);
    merged.putAll(added);
    return Map.copyOf(merged);
  }
}
