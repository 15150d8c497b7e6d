package dev.keyway.engine.commit;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.pkSk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.TransactionCanceledException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.Put;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.PutRequest;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.UpdateItemRequest;
import dev.keyway.ops.WriteRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Commit listeners under concurrent writers: commits arrive numbered and in order, each item's
 * changes chain (every old image is the previous new image), and every acknowledged write, and
 * no refused one, appears exactly once.
 */
class CommitListenerTest {
  private static final int THREADS = 4;
  private static final int OPS_PER_THREAD = 400;
  private static final int KEYS = 6;

  private final List<Commit> seen = new ArrayList<>();
  private final Engine engine = Engine.builder().listener(seen::add).build();

  /** What the writers were told: ids of acknowledged writes, and how many deletes. */
  private final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
  private final Map<String, Boolean> refused = new ConcurrentHashMap<>();
  private final AtomicInteger deletes = new AtomicInteger();

  @Test
  void concurrentWritersAreSeenInOrderAndExactlyOnce() throws Exception {
    engine.createTable(pkSk("Events"));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      done.add(pool.submit(() -> writeRandomly(thread)));
    }
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    List<Commit> commits = List.copyOf(seen);
    assertThat(commits.get(0).schemaChanges()).singleElement()
        .isInstanceOf(SchemaChange.CreateTable.class);
    for (int i = 0; i < commits.size(); i++) {
      assertThat(commits.get(i).sequence()).isEqualTo(i + 1);
    }

    Map<EntryKey, StoredItem> last = new HashMap<>();
    Map<String, Integer> writesById = new HashMap<>();
    int deletesSeen = 0;
    for (Commit commit : commits) {
      for (ItemChange change : commit.items()) {
        assertThat(change.oldImage()).isSameAs(last.get(change.key()));
        last.put(change.key(), change.newImage());
        if (change.newImage() == null) {
          deletesSeen++;
        } else {
          AttributeValue.S id = (AttributeValue.S) change.newImage().attributes().get("w");
          writesById.merge(id.value(), 1, Integer::sum);
        }
      }
    }
    assertThat(writesById.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged.keySet());
    assertThat(writesById.values()).allMatch(n -> n == 1);
    assertThat(deletesSeen).isEqualTo(deletes.get());
    assertThat(refused).isNotEmpty(); // the run did exercise refused writes
    for (int k = 0; k < KEYS; k++) {
      Map<String, AttributeValue> stored = engine.getItem(GetItemRequest.builder().tableName("Events")
          .key(key(k)).consistentRead(true).build()).item();
      StoredItem lastSeen = last.get(EntryKey.of(AttributeValue.s("p" + k), AttributeValue.s("s")));
      assertThat(stored).isEqualTo(lastSeen == null ? null : lastSeen.attributes());
    }
  }

  @Test
  void listenersSeeTableChangesAndRunBeforeTheOperationReturns() {
    engine.createTable(pkSk("Events"));
    engine.putItem(PutItemRequest.builder().tableName("Events").item(item("PK", "a", "SK", "s", "w", "1"))
        .build());
    assertThat(seen).hasSize(2);
    Commit put = seen.get(1);
    assertThat(put.sequence()).isEqualTo(2);
    assertThat(put.schemaChanges()).isEmpty();
    assertThat(put.items()).singleElement().satisfies(c -> {
      assertThat(c.table().name()).isEqualTo("Events");
      assertThat(c.oldImage()).isNull();
      assertThat(c.newImage().attributes()).isEqualTo(item("PK", "a", "SK", "s", "w", "1"));
    });
  }

  private void writeRandomly(int thread) {
    Random random = new Random(thread);
    for (int i = 0; i < OPS_PER_THREAD; i++) {
      String id = thread + "-" + i;
      int k = random.nextInt(KEYS);
      int op = random.nextInt(6);
      try {
        switch (op) {
          case 0 -> engine.putItem(PutItemRequest.builder().tableName("Events").item(written(k, id))
              .build());
          case 1 -> engine.updateItem(UpdateItemRequest.builder().tableName("Events").key(key(k))
              .updateExpression("SET w = :w ADD n :one")
              .expressionAttributeValues(item(":w", id, ":one", 1)).build());
          case 2 -> {
            engine.deleteItem(DeleteItemRequest.builder().tableName("Events").key(key(k)).build());
            deletes.incrementAndGet();
            continue;
          }
          case 3 -> engine.putItem(PutItemRequest.builder().tableName("Events").item(written(k, id))
              .conditionExpression("attribute_not_exists(PK)").build());
          case 4 -> engine.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
              List.of(put(k, id + "a", null),
                  put((k + 1) % KEYS, id + "b", "attribute_exists(PK)"))).build());
          default -> engine.batchWriteItem(BatchWriteItemRequest.builder().requestItems(Map.of("Events",
              List.of(new WriteRequest(new PutRequest(written(k, id)), null)))).build());
        }
        if (op == 4) {
          acknowledged.put(id + "a", true);
          acknowledged.put(id + "b", true);
        } else {
          acknowledged.put(id, true);
        }
      } catch (ConditionalCheckFailedException e) {
        refused.put(id, true);
      } catch (TransactionCanceledException e) {
        refused.put(id + "a", true);
      }
    }
  }

  private static TransactWriteItem put(int k, String id, String condition) {
    return TransactWriteItem.builder().put(Put.builder().tableName("Events").item(written(k, id))
        .conditionExpression(condition).build()).build();
  }

  private static Map<String, AttributeValue> key(int k) {
    return item("PK", "p" + k, "SK", "s");
  }

  private static Map<String, AttributeValue> written(int k, String id) {
    return item("PK", "p" + k, "SK", "s", "w", id);
  }
}
