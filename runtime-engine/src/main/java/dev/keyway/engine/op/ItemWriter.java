package dev.keyway.engine.op;

import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.commit.ItemWrite;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.op.check.ItemRules;
import dev.keyway.engine.request.ItemCondition;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.ItemCollectionSizeLimitExceededException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ItemCollectionMetrics;
import dev.keyway.ops.ReturnItemCollectionMetrics;
import java.util.List;
import java.util.Map;

/**
 * The write half shared by PutItem, UpdateItem, DeleteItem, BatchWriteItem and TransactWriteItems:
 * what the committer asks under the item's locks (test the condition against the current item,
 * compute the new item, check it). The committer then logs, applies and publishes the change.
 */
public final class ItemWriter {
  public static final long COLLECTION_LIMIT = 10L * 1024 * 1024 * 1024;

  private ItemWriter() {}

  /** Computes the new item from the current one (null when absent); null means delete. */
  @FunctionalInterface
  public interface Mutation {
    StoredItem apply(StoredItem current);
  }

  /** One write: where, under which condition, and what; decided under the item's locks. */
  public record Action(
      Table table, EntryKey key, ItemCondition condition, boolean returnOldOnFailure,
      Mutation mutation, String sizeMessage) implements ItemWrite {
    @Override
    public StoredItem next(StoredItem current) {
      checkCondition(this, current);
      return prepare(this, current);
    }
  }

  public static ItemChange write(Committer committer, Action action) {
    return committer.write(action.table(), action.key(), action);
  }

  /**
   * A write that also asks, under the item's locks once the new item is known, for capacity on
   * the GSI partitions it writes; refused whole (the throttling error) when one has none.
   */
  public static ItemChange writeWithIndexCapacity(Committer committer, Throughput throughput,
      Action action) {
    return committer.write(action.table(), action.key(), current -> {
      StoredItem next = action.next(current);
      throughput.admitIndexWrites(action.table().meta(), current, next);
      return next;
    });
  }

  /**
   * A write of one item that asks for capacity first and reports what it consumed; a failed
   * condition consumes a write unit too, as in DynamoDB.
   */
  public static ItemChange write(Committer committer, Throughput throughput, Action action) {
    TableMeta meta = action.table().meta();
    AttributeValue partition = action.key().hashKey();
    throughput.admitWrite(meta, partition);
    ItemChange change;
    try {
      change = writeWithIndexCapacity(committer, throughput, action);
    } catch (ConditionalCheckFailedException refused) {
      throughput.write(meta, partition, 1, Map.of());
      throw refused;
    }
    throughput.write(meta, partition, Units.write(change.largerSize()), change);
    return change;
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
      ItemRules.structure(next.attributes());
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
