package dev.keyway.engine.op;

import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.op.check.ItemRules;
import dev.keyway.engine.request.ItemCondition;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.ItemCollectionSizeLimitExceededException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ItemCollectionMetrics;
import dev.keyway.ops.ReturnItemCollectionMetrics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The single-item write path shared by PutItem, UpdateItem, DeleteItem, BatchWriteItem and
 * TransactWriteItems: under the item's stripe lock it reads the current item, tests the condition,
 * computes the new item, checks it, and writes it with its index entries.
 */
public final class ItemWriter {
  public static final long COLLECTION_LIMIT = 10L * 1024 * 1024 * 1024;

  private ItemWriter() {}

  /** Computes the new item from the current one (null when absent); null means delete. */
  @FunctionalInterface
  public interface Mutation {
    StoredItem apply(StoredItem current);
  }

  /** One write: where, under which condition, and what. */
  public record Action(
      Table table, EntryKey key, ItemCondition condition, boolean returnOldOnFailure,
      Mutation mutation, String sizeMessage) {}

  /** What a write did: the item before and after, and index write units. */
  public record Written(StoredItem oldItem, StoredItem newItem, Map<String, Double> indexUnits) {
    public long largerSize() {
      return Math.max(oldItem == null ? 0 : oldItem.sizeInBytes(),
          newItem == null ? 0 : newItem.sizeInBytes());
    }
  }

  public static Written write(Action action) {
    Table table = action.table();
    table.schemaLock().readLock().lock();
    ReentrantLock lock = table.stripe(action.key());
    lock.lock();
    try {
      StoredItem current = table.get(action.key());
      checkCondition(action, current);
      StoredItem next = prepare(action, current);
      return commit(action, current, next);
    } finally {
      lock.unlock();
      table.schemaLock().readLock().unlock();
    }
  }

  /** Throws ConditionalCheckFailedException when the condition does not hold (lock held). */
  static void checkCondition(Action action, StoredItem current) {
    if (action.condition() != null && !action.condition().test(attributes(current))) {
      throw new ConditionalCheckFailedException(ConditionalCheckFailedException.DEFAULT_MESSAGE,
          action.returnOldOnFailure() && current != null ? current.attributes() : null);
    }
  }

  /** Computes and validates the new item (lock held). */
  static StoredItem prepare(Action action, StoredItem current) {
    StoredItem next = action.mutation().apply(current);
    validate(action, current, next);
    return next;
  }

  /** Checks a computed new item: size, index key types, item collection size (lock held). */
  static void validate(Action action, StoredItem current, StoredItem next) {
    if (next != null) {
      ItemRules.size(next, action.sizeMessage());
      ItemRules.depth(next.attributes());
      ItemRules.indexKeys(action.table().meta(), next.attributes());
      Table table = action.table();
      if (!table.meta().localIndexes().isEmpty()) {
        long after = table.collectionSize(action.key().hashKey())
            + table.collectionBytes(next) - table.collectionBytes(current);
        if (after > COLLECTION_LIMIT) {
          throw new ItemCollectionSizeLimitExceededException("Collection size exceeded.");
        }
      }
    }
  }

  static Written commit(Action action, StoredItem current, StoredItem next) {
    if (current == null && next == null) {
      return new Written(null, null, Map.of());
    }
    Map<String, Double> units = action.table().write(action.key(), current, next);
    return new Written(current, next, units);
  }

  static Map<String, AttributeValue> attributes(StoredItem item) {
    return item == null ? Map.of() : item.attributes();
  }

  /** ItemCollectionMetrics for a write to a table with LSIs, when SIZE was requested. */
  static ItemCollectionMetrics metrics(Table table, EntryKey key, ReturnItemCollectionMetrics mode) {
    if (mode != ReturnItemCollectionMetrics.SIZE || table.meta().localIndexes().isEmpty()) {
      return null;
    }
    double gb = table.collectionSize(key.hashKey()) / (1024.0 * 1024 * 1024);
    double low = Math.floor(gb);
    return new ItemCollectionMetrics(
        Map.of(table.key().hashName(), key.hashKey()), List.of(low, low + 1));
  }
}
