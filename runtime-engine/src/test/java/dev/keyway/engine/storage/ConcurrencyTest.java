package dev.keyway.engine.storage;

import static dev.keyway.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.error.TransactionCanceledException;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.Update;
import dev.keyway.ops.UpdateItemRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many threads: no lost update, no torn read, no deadlock. */
class ConcurrencyTest {
  private final Engine engine = Engine.inMemory();

  @Test
  void concurrentAddsAreNotLost() throws Exception {
    engine.createTable(pkSk("Shop"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      done.add(pool.submit(() -> {
        for (int i = 0; i < 500; i++) {
          engine.updateItem(UpdateItemRequest.builder().tableName("Shop")
              .key(item("PK", "c", "SK", "c")).updateExpression("ADD n :one")
              .expressionAttributeValues(item(":one", 1)).build());
        }
      }));
    }
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(engine.getItem(GetItemRequest.builder().tableName("Shop")
        .key(item("PK", "c", "SK", "c")).build()).item().get("n")).isEqualTo(n(4000));
  }

  @Test
  void transfersKeepTheTotalAndNeverDeadlock() throws Exception {
    engine.createTable(pkSk("Bank"));
    int accounts = 6;
    for (int a = 0; a < accounts; a++) {
      engine.putItem(PutItemRequest.builder().tableName("Bank")
          .item(item("PK", "acct" + a, "SK", "x", "bal", 100)).build());
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      int seed = t;
      done.add(pool.submit(() -> {
        Random random = new Random(seed);
        for (int i = 0; i < 400; i++) {
          int from = random.nextInt(accounts);
          int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
          try {
            engine.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(List.of(
                move("acct" + from, -5, "bal >= :amt"), move("acct" + to, 5, null))).build());
          } catch (TransactionCanceledException insufficient) {
            // balance too low: nothing written
          }
          var scan = engine.scan(ScanRequest.builder().tableName("Bank").consistentRead(true)
              .build());
          assertThat(scan.count()).isEqualTo(accounts);
        }
      }));
    }
    for (Future<?> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    long total = 0;
    for (var i : engine.scan(ScanRequest.builder().tableName("Bank").build()).items()) {
      total += Long.parseLong(((dev.keyway.model.AttributeValue.N) i.get("bal")).text());
      assertThat(Long.parseLong(((dev.keyway.model.AttributeValue.N) i.get("bal")).text()))
          .isGreaterThanOrEqualTo(0);
    }
    assertThat(total).isEqualTo(100L * accounts);
  }

  private static TransactWriteItem move(String account, int amount, String condition) {
    return TransactWriteItem.builder().update(Update.builder().tableName("Bank")
        .key(item("PK", account, "SK", "x")).updateExpression("ADD bal :d")
        .conditionExpression(condition)
        .expressionAttributeValues(condition == null ? item(":d", amount)
            : item(":d", amount, ":amt", 5)).build()).build();
  }
}
