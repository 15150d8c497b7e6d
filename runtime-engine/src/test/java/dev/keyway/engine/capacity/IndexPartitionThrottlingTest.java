package dev.keyway.engine.capacity;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.capacity.OnDemandTables.cappedGsi;
import static dev.keyway.engine.capacity.ProvisionedTables.withGsi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.error.ProvisionedThroughputExceededException;
import dev.keyway.error.ThrottlingException;
import dev.keyway.error.ThrottlingReason;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.BatchWriteItemResponse;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.Put;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.PutRequest;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.WriteRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A GSI partition key value takes 1,000 write units per second, as a table's does; writes of
 * distinct table items that all land on one index key are throttled, refused whole.
 */
class IndexPartitionThrottlingTest {
  static final String INDEX_ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/Tbl/index/GSI1";
  static final ThrottlingReason HOT_INDEX_KEY =
      new ThrottlingReason("IndexWriteKeyRangeThroughputExceeded", INDEX_ARN);

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  final Engine engine = Engine.builder().clock(clock).throttling(true).build();

  void put(String pk, String g) {
    engine.putItem(PutItemRequest.builder().tableName("Tbl")
        .item(item("PK", pk, "SK", "s", "G", g)).build());
  }

  /** Fills the "hot" index partition's second: 1,000 one-unit entries of distinct items. */
  void fillHotIndexKey() {
    for (int i = 0; i < CapacityGovernor.PARTITION_WRITE_UNITS; i++) {
      put("p" + i, "hot");
    }
  }

  boolean exists(String pk) {
    return engine.getItem(GetItemRequest.builder().tableName("Tbl")
        .key(item("PK", pk, "SK", "s")).consistentRead(true).build()).item() != null;
  }

  @Test
  void onDemandAHotIndexKeyThrottlesTheBaseWriteAsAHotKey() {
    engine.createTable(cappedGsi("Tbl", null, null));
    fillHotIndexKey();
    assertThatThrownBy(() -> put("next", "hot"))
        .isInstanceOfSatisfying(ThrottlingException.class, e -> {
          assertThat(e.getMessage()).startsWith("Throughput exceeds the current capacity of your "
              + "table or index.");
          assertThat(e.throttlingReasons()).containsExactly(HOT_INDEX_KEY);
        });
    assertThat(exists("next")).isFalse(); // refused whole
    put("next", "cold"); // other index key values, and the table, are not affected
    clock.advance(Duration.ofMillis(1)); // one unit back
    put("again", "hot");
    assertThat(exists("again")).isTrue();
  }

  @Test
  void provisionedAHotIndexKeyGivesTheIndexThrottlingError() {
    engine.createTable(withGsi("Tbl", 5000, 100, 5000));
    fillHotIndexKey();
    assertThatThrownBy(() -> put("next", "hot"))
        .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> {
          assertThat(e.getMessage()).isEqualTo(ThrottleErrors.INDEX);
          assertThat(e.throttlingReasons()).containsExactly(HOT_INDEX_KEY);
        });
  }

  @Test
  void movingAnEntryAwayChargesTheIndexKeyItLeaves() {
    engine.createTable(cappedGsi("Tbl", null, null));
    put("mover", "cold");
    clock.advance(Duration.ofSeconds(1));
    for (int i = 0; i < CapacityGovernor.PARTITION_WRITE_UNITS - 1; i++) {
      put("p" + i, "cold");
    }
    put("mover", "elsewhere"); // removes an entry from "cold": its last unit
    assertThatThrownBy(() -> put("next", "cold")).isInstanceOf(ThrottlingException.class);
  }

  @Test
  void aBatchReturnsWritesToAHotIndexKeyAsUnprocessed() {
    engine.createTable(cappedGsi("Tbl", null, null));
    fillHotIndexKey();
    List<WriteRequest> writes = new ArrayList<>();
    writes.add(new WriteRequest(new PutRequest(item("PK", "b1", "SK", "s", "G", "hot")), null));
    writes.add(new WriteRequest(new PutRequest(item("PK", "b2", "SK", "s", "G", "cold")), null));
    BatchWriteItemResponse response = engine.batchWriteItem(
        BatchWriteItemRequest.builder().requestItems(Map.of("Tbl", writes)).build());
    assertThat(response.unprocessedItems().get("Tbl")).containsExactly(writes.get(0));
    assertThat(exists("b1")).isFalse();
    assertThat(exists("b2")).isTrue();
  }

  @Test
  void aTransactionWritingAHotIndexKeyIsRefusedWhole() {
    engine.createTable(cappedGsi("Tbl", null, null));
    fillHotIndexKey();
    assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.builder()
        .transactItems(List.of(
            TransactWriteItem.builder().put(Put.builder().tableName("Tbl")
                .item(item("PK", "t1", "SK", "s", "G", "cold")).build()).build(),
            TransactWriteItem.builder().put(Put.builder().tableName("Tbl")
                .item(item("PK", "t2", "SK", "s", "G", "hot")).build()).build()))
        .build()))
        .isInstanceOfSatisfying(ThrottlingException.class,
            e -> assertThat(e.throttlingReasons()).containsExactly(HOT_INDEX_KEY));
    assertThat(exists("t1")).isFalse();
  }
}
