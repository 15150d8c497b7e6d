package dev.keyway.engine.capacity;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.s;
import static dev.keyway.engine.capacity.ProvisionedTables.provisioned;
import static dev.keyway.engine.capacity.ProvisionedTables.withGsi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.Fixtures;
import dev.keyway.engine.ManualClock;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.ProvisionedThroughputExceededException;
import dev.keyway.error.ThrottlingException;
import dev.keyway.error.ThrottlingReason;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.Put;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.QueryRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Token buckets of PROVISIONED tables and GSIs, by the engine's clock: exact refill and burst. */
class ThrottlingTest {
  static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/";

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  final Engine engine = Engine.builder().clock(clock).throttling(true).build();

  void put(String table, String pk, String sk) {
    engine.putItem(PutItemRequest.builder().tableName(table).item(item("PK", pk, "SK", sk)).build());
  }

  void put(String table, Map<String, dev.keyway.model.AttributeValue> item) {
    engine.putItem(PutItemRequest.builder().tableName(table).item(item).build());
  }

  void get(String table, String pk) {
    engine.getItem(GetItemRequest.builder().tableName(table).key(item("PK", pk, "SK", "x")).build());
  }

  /** Puts small items until one is throttled; the number that went through. */
  int putsUntilThrottled(String table) {
    for (int i = 0; ; i++) {
      try {
        put(table, "p" + i, "s");
      } catch (ProvisionedThroughputExceededException e) {
        return i;
      }
    }
  }

  @Test
  void aTableStartsWithOneSecondOfUnitsAndRefillsAtItsRate() {
    engine.createTable(provisioned("Tbl", 5, 5));
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(5);
    clock.advance(Duration.ofMillis(200)); // 5 units/s: one unit back
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(1);
    clock.advance(Duration.ofSeconds(2));
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(10);
  }

  @Test
  void theErrorIsDynamoDbsWithItsThrottlingReason() {
    engine.createTable(provisioned("Tbl", 5, 1));
    put("Tbl", "a", "s");
    assertThatThrownBy(() -> put("Tbl", "b", "s"))
        .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("The level of configured provisioned throughput for "
              + "the table was exceeded. Consider increasing your provisioning level with the "
              + "UpdateTable API.");
          assertThat(e.throttlingReasons()).containsExactly(
              new ThrottlingReason("TableWriteProvisionedThroughputExceeded", ARN + "Tbl"));
        });
  }

  @Test
  void burstKeepsAtMostThreeHundredSecondsOfUnusedCapacity() {
    engine.createTable(provisioned("Tbl", 5, 5));
    clock.advance(Duration.ofSeconds(1000));
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(5 * 300);
  }

  @Test
  void aNewRateKeepsTheSavedBurstCappedByTheNewBurst() {
    engine.createTable(provisioned("Tbl", 5, 5));
    clock.advance(Duration.ofSeconds(100)); // 5 + 500 units saved
    engine.updateTable(dev.keyway.ops.UpdateTableRequest.builder().tableName("Tbl")
        .provisionedThroughput(new dev.keyway.ops.ProvisionedThroughput(5L, 50L)).build());
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(505);
    clock.advance(Duration.ofMillis(100)); // refills at the new rate
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(5);
    clock.advance(Duration.ofSeconds(1000)); // 15,000 units saved at most
    engine.updateTable(dev.keyway.ops.UpdateTableRequest.builder().tableName("Tbl")
        .provisionedThroughput(new dev.keyway.ops.ProvisionedThroughput(5L, 2L)).build());
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(2 * 300); // capped by the new burst
  }

  @Test
  void aLargeWriteTakesTheBalanceBelowZeroAndLaterRequestsWaitForTheRefill() {
    engine.createTable(provisioned("Tbl", 5, 5));
    putsUntilThrottled("Tbl");
    clock.advance(Duration.ofMillis(200)); // balance 1
    put("Tbl", item("PK", "big", "SK", "s", "v", "x".repeat(3 * 1024 + 100))); // 4 units: -3
    clock.advance(Duration.ofMillis(600)); // back to exactly 0: still refused
    assertThatThrownBy(() -> put("Tbl", "a", "s"))
        .isInstanceOf(ProvisionedThroughputExceededException.class);
    clock.advance(Duration.ofMillis(1));
    put("Tbl", "a", "s");
  }

  @Test
  void eventuallyConsistentReadsCostHalfAUnit() {
    engine.createTable(provisioned("Tbl", 5, 5));
    int reads = 0;
    try {
      for (; ; reads++) {
        get("Tbl", "p" + reads);
      }
    } catch (ProvisionedThroughputExceededException e) {
      assertThat(e.throttlingReasons()).containsExactly(
          new ThrottlingReason("TableReadProvisionedThroughputExceeded", ARN + "Tbl"));
    }
    assertThat(reads).isEqualTo(10);
  }

  @Test
  void aFailedConditionConsumesAWriteUnit() {
    engine.createTable(provisioned("Tbl", 5, 2));
    PutItemRequest conditional = PutItemRequest.builder().tableName("Tbl")
        .item(item("PK", "a", "SK", "s")).conditionExpression("attribute_exists(PK)").build();
    assertThatThrownBy(() -> engine.putItem(conditional))
        .isInstanceOf(ConditionalCheckFailedException.class);
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(1);
  }

  @Test
  void aGsiThatCannotKeepUpThrottlesWritesToItsTable() {
    engine.createTable(withGsi("Tbl", 100, 100, 1));
    put("Tbl", item("PK", "a", "SK", "s", "G", "g")); // the GSI's one unit
    assertThatThrownBy(() -> put("Tbl", "b", "s")) // even a write the index would not see
        .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("The level of configured provisioned throughput "
              + "for one or more global secondary indexes of the table was exceeded. Consider "
              + "increasing your provisioning level for the under-provisioned global secondary "
              + "indexes with the UpdateTable API");
          assertThat(e.throttlingReasons()).containsExactly(new ThrottlingReason(
              "IndexWriteProvisionedThroughputExceeded", ARN + "Tbl/index/GSI1"));
        });
    clock.advance(Duration.ofSeconds(1));
    put("Tbl", "b", "s");
  }

  @Test
  void writesOutsideASparseGsiDoNotConsumeItsUnits() {
    engine.createTable(withGsi("Tbl", 100, 100, 1));
    for (int i = 0; i < 50; i++) {
      put("Tbl", "p" + i, "s"); // no G: no index entry
    }
    put("Tbl", item("PK", "a", "SK", "s", "G", "g"));
  }

  @Test
  void queriesOfAGsiUseTheIndexsReadUnits() {
    engine.createTable(withGsi("Tbl", 100, 1, 100));
    QueryRequest query = QueryRequest.builder().tableName("Tbl").indexName("GSI1")
        .keyConditionExpression("G = :g").expressionAttributeValues(Map.of(":g", s("g"))).build();
    engine.query(query);
    engine.query(query); // 0.5 each, eventually consistent
    assertThatThrownBy(() -> engine.query(query))
        .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e ->
            assertThat(e.throttlingReasons()).containsExactly(new ThrottlingReason(
                "IndexReadProvisionedThroughputExceeded", ARN + "Tbl/index/GSI1")));
    get("Tbl", "a"); // the table's own read units are untouched
  }

  @Test
  void onDemandTablesThrottleAHotPartitionKeyAtOneThousandWritesPerSecond() {
    engine.createTable(Fixtures.pkSk("Tbl"));
    for (int i = 0; i < CapacityGovernor.PARTITION_WRITE_UNITS; i++) {
      put("Tbl", "hot", "s" + i);
    }
    assertThatThrownBy(() -> put("Tbl", "hot", "next"))
        .isInstanceOfSatisfying(ThrottlingException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("Throughput exceeds the current capacity of your "
              + "table or index. DynamoDB is automatically scaling your table or index so please "
              + "try again shortly. If exceptions persist, check if you have a hot key: "
              + "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/"
              + "bp-partition-key-design.html");
          assertThat(e.throttlingReasons()).containsExactly(
              new ThrottlingReason("TableWriteKeyRangeThroughputExceeded", ARN + "Tbl"));
        });
    put("Tbl", "cold", "s"); // other partition key values are not affected
    clock.advance(Duration.ofSeconds(1));
    put("Tbl", "hot", "next");
  }

  @Test
  void onDemandTablesThrottleAHotPartitionKeyAtThreeThousandReadUnitsPerSecond() {
    engine.createTable(Fixtures.pkSk("Tbl"));
    GetItemRequest strong = GetItemRequest.builder().tableName("Tbl")
        .key(item("PK", "hot", "SK", "x")).consistentRead(true).build();
    for (int i = 0; i < CapacityGovernor.PARTITION_READ_UNITS; i++) {
      engine.getItem(strong);
    }
    assertThatThrownBy(() -> engine.getItem(strong))
        .isInstanceOfSatisfying(ThrottlingException.class, e ->
            assertThat(e.throttlingReasons()).containsExactly(
                new ThrottlingReason("TableReadKeyRangeThroughputExceeded", ARN + "Tbl")));
  }

  @Test
  void throttlingIsOffByDefault() {
    try (Engine plain = Engine.builder().clock(clock).build()) {
      plain.createTable(provisioned("Tbl", 1, 1));
      for (int i = 0; i < 100; i++) {
        plain.putItem(PutItemRequest.builder().tableName("Tbl").item(item("PK", "p" + i, "SK", "s"))
            .build());
      }
      assertThat(plain.scan(dev.keyway.ops.ScanRequest.builder().tableName("Tbl").build()).count())
          .isEqualTo(100);
    }
  }

  @Test
  void transactionsPayTwiceAndAreRefusedWholeWithoutCapacity() {
    engine.createTable(provisioned("Tbl", 5, 5));
    TransactWriteItemsRequest two = TransactWriteItemsRequest.builder().transactItems(List.of(
        TransactWriteItem.builder().put(Put.builder().tableName("Tbl")
            .item(item("PK", "a", "SK", "s")).build()).build(),
        TransactWriteItem.builder().put(Put.builder().tableName("Tbl")
            .item(item("PK", "b", "SK", "s")).build()).build())).build();
    engine.transactWriteItems(two); // 2 x 2 units of 5
    engine.transactWriteItems(two); // admitted at 1 unit left: -3
    assertThatThrownBy(() -> engine.transactWriteItems(two))
        .isInstanceOf(ProvisionedThroughputExceededException.class);
    clock.advance(Duration.ofMillis(600)); // back to exactly 0
    assertThatThrownBy(() -> engine.transactWriteItems(two))
        .isInstanceOf(ProvisionedThroughputExceededException.class);
    clock.advance(Duration.ofMillis(1));
    engine.transactWriteItems(two);
  }
}
