package dev.keyway.engine.capacity;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.capacity.ProvisionedTables.provisioned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.api.BatchRunner;
import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.error.ProvisionedThroughputExceededException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchGetItemRequest;
import dev.keyway.ops.BatchGetItemResponse;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.BatchWriteItemResponse;
import dev.keyway.ops.KeysAndAttributes;
import dev.keyway.ops.PutRequest;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.WriteRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Batches under throttling: refused items come back unprocessed, and BatchRunner drains them. */
class BatchThrottlingTest {
  final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  final Engine engine = Engine.builder().clock(clock).throttling(true).build();

  static List<WriteRequest> puts(int count) {
    List<WriteRequest> puts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      puts.add(new WriteRequest(new PutRequest(item("PK", "p" + i, "SK", "s")), null));
    }
    return puts;
  }

  static List<Map<String, AttributeValue>> keys(int count) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      keys.add(item("PK", "p" + i, "SK", "s"));
    }
    return keys;
  }

  BatchWriteItemResponse write(List<WriteRequest> writes) {
    return engine.batchWriteItem(
        BatchWriteItemRequest.builder().requestItems(Map.of("Tbl", writes)).build());
  }

  BatchGetItemResponse get(List<Map<String, AttributeValue>> keys) {
    return engine.batchGetItem(BatchGetItemRequest.builder().requestItems(Map.of("Tbl",
        KeysAndAttributes.builder().keys(keys).consistentRead(true).build())).build());
  }

  @Test
  void writesRefusedCapacityComeBackAsUnprocessedItems() {
    engine.createTable(provisioned("Tbl", 100, 5));
    List<WriteRequest> puts = puts(25);
    BatchWriteItemResponse r = write(puts);
    assertThat(r.unprocessedItems()).containsOnlyKeys("Tbl");
    assertThat(r.unprocessedItems().get("Tbl")).isEqualTo(puts.subList(5, 25));
    assertThat(engine.scan(ScanRequest.builder().tableName("Tbl").build()).count()).isEqualTo(5);
  }

  @Test
  void aBatchNoneOfWhoseWritesCanGoAheadFails() {
    engine.createTable(provisioned("Tbl", 100, 5));
    write(puts(5));
    assertThatThrownBy(() -> write(puts(3)))
        .isInstanceOf(ProvisionedThroughputExceededException.class)
        .hasMessageStartingWith("The level of configured provisioned throughput for the table");
  }

  @Test
  void readsRefusedCapacityComeBackAsUnprocessedKeys() {
    engine.createTable(provisioned("Tbl", 4, 100));
    BatchGetItemResponse r = get(keys(10)); // strongly consistent: one unit per absent item
    assertThat(r.unprocessedKeys().get("Tbl").keys()).isEqualTo(keys(10).subList(4, 10));
    assertThat(r.unprocessedKeys().get("Tbl").consistentRead()).isTrue();
    assertThatThrownBy(() -> get(keys(2)))
        .isInstanceOf(ProvisionedThroughputExceededException.class);
  }

  @Test
  void batchRunnerDrainsUnprocessedItemsAndKeysUnderThrottling() {
    engine.createTable(provisioned("Tbl", 3, 5));
    List<Long> sleeps = new ArrayList<>();
    BatchRunner runner = new BatchRunner(engine, "Tbl", 40, 25, millis -> {
      sleeps.add(millis);
      clock.advance(Duration.ofMillis(millis)); // the engine refills as the runner waits
    });
    runner.write(puts(60));
    assertThat(engine.scan(ScanRequest.builder().tableName("Tbl").build()).count()).isEqualTo(60);
    assertThat(sleeps).isNotEmpty();
    int slept = sleeps.size();
    List<Map<String, AttributeValue>> read = runner.get(keys(60), true);
    assertThat(read).hasSize(60);
    assertThat(sleeps.size()).isGreaterThan(slept);
  }
}
