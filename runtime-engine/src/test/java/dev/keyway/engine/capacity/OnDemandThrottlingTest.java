package dev.keyway.engine.capacity;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.s;
import static dev.keyway.engine.capacity.OnDemandTables.capped;
import static dev.keyway.engine.capacity.OnDemandTables.cappedGsi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.error.ProvisionedThroughputExceededException;
import dev.keyway.error.ThrottlingReason;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.OnDemandThroughput;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.UpdateTableRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** On-demand tables and GSIs with a maximum (OnDemandThroughput), by the engine's clock. */
class OnDemandThrottlingTest {
  static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/";

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  final Engine engine = Engine.builder().clock(clock).throttling(true).build();

  void put(String table, Map<String, AttributeValue> item) {
    engine.putItem(PutItemRequest.builder().tableName(table).item(item).build());
  }

  /** Beyond any maximum these tests set: a loop that gets this far was not throttled. */
  static final int UNLIMITED = 200;

  /** Puts small items until one is throttled (at most {@link #UNLIMITED}); how many went through. */
  int putsUntilThrottled(String table) {
    for (int i = 0; i < UNLIMITED; i++) {
      try {
        put(table, item("PK", "p" + i, "SK", "s"));
      } catch (ProvisionedThroughputExceededException e) {
        return i;
      }
    }
    return UNLIMITED;
  }

  int readsUntilThrottled(String table) {
    for (int i = 0; i < UNLIMITED; i++) {
      try {
        engine.getItem(GetItemRequest.builder().tableName(table)
            .key(item("PK", "p" + i, "SK", "s")).build());
      } catch (ProvisionedThroughputExceededException e) {
        return i;
      }
    }
    return UNLIMITED;
  }

  @Test
  void writesStopAtTheMaximumPerSecondAndGoOnAsItRefills() {
    engine.createTable(capped("Tbl", null, 5L));
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(5);
    clock.advance(Duration.ofMillis(200)); // 5 units/s: one unit back
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(1);
  }

  @Test
  void unusedUnitsAreNotKeptAsBurst() {
    engine.createTable(capped("Tbl", null, 5L));
    clock.advance(Duration.ofSeconds(1000));
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(5);
  }

  @Test
  void theErrorNamesTheMaximumAsItsReason() {
    engine.createTable(capped("Tbl", 100L, 1L));
    put("Tbl", item("PK", "a", "SK", "s"));
    assertThatThrownBy(() -> put("Tbl", item("PK", "b", "SK", "s")))
        .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("The level of configured provisioned throughput for "
              + "the table was exceeded. Consider increasing your provisioning level with the "
              + "UpdateTable API.");
          assertThat(e.throttlingReasons()).containsExactly(
              new ThrottlingReason("TableWriteMaxOnDemandThroughputExceeded", ARN + "Tbl"));
        });
  }

  @Test
  void readsStopAtTheReadMaximumAndEventuallyConsistentReadsCostHalfAUnit() {
    engine.createTable(capped("Tbl", 5L, null));
    assertThat(readsUntilThrottled("Tbl")).isEqualTo(10);
    assertThatThrownBy(() -> engine.getItem(GetItemRequest.builder().tableName("Tbl")
        .key(item("PK", "x", "SK", "s")).build()))
        .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e ->
            assertThat(e.throttlingReasons()).containsExactly(
                new ThrottlingReason("TableReadMaxOnDemandThroughputExceeded", ARN + "Tbl")));
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(UNLIMITED); // writes have no maximum
  }

  @Test
  void aGsiAtItsWriteMaximumThrottlesWritesToItsTable() {
    engine.createTable(cappedGsi("Tbl", null, 1L));
    put("Tbl", item("PK", "a", "SK", "s", "G", "g"));
    assertThatThrownBy(() -> put("Tbl", item("PK", "b", "SK", "s")))
        .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e ->
            assertThat(e.throttlingReasons()).containsExactly(new ThrottlingReason(
                "IndexWriteMaxOnDemandThroughputExceeded", ARN + "Tbl/index/GSI1")));
  }

  @Test
  void gsiQueriesStopAtTheIndexReadMaximum() {
    engine.createTable(cappedGsi("Tbl", 1L, null));
    QueryRequest query = QueryRequest.builder().tableName("Tbl").indexName("GSI1")
        .keyConditionExpression("G = :g").expressionAttributeValues(Map.of(":g", s("g"))).build();
    engine.query(query); // 0.5 units
    engine.query(query); // the balance is 0 now
    assertThatThrownBy(() -> engine.query(query))
        .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e ->
            assertThat(e.throttlingReasons()).containsExactly(new ThrottlingReason(
                "IndexReadMaxOnDemandThroughputExceeded", ARN + "Tbl/index/GSI1")));
  }

  @Test
  void minusOneRemovesTheMaximum() {
    engine.createTable(capped("Tbl", null, 2L));
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(2);
    engine.updateTable(UpdateTableRequest.builder().tableName("Tbl")
        .onDemandThroughput(new OnDemandThroughput(null, -1L)).build());
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(UNLIMITED);
  }

  @Test
  void aRaisedMaximumKeepsTheBalanceAndRefillsAtTheNewRate() {
    engine.createTable(capped("Tbl", null, 2L));
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(2);
    engine.updateTable(UpdateTableRequest.builder().tableName("Tbl")
        .onDemandThroughput(new OnDemandThroughput(null, 7L)).build());
    assertThat(putsUntilThrottled("Tbl")).isZero(); // the bucket was empty and stays so
    clock.advance(Duration.ofSeconds(1));
    assertThat(putsUntilThrottled("Tbl")).isEqualTo(7);
  }

  @Test
  void switchingToProvisionedDropsTheGsiMaximaToo() {
    engine.createTable(cappedGsi("Tbl", 3L, 4L));
    engine.updateTable(UpdateTableRequest.builder().tableName("Tbl")
        .billingMode(dev.keyway.ops.BillingMode.PROVISIONED)
        .provisionedThroughput(new dev.keyway.ops.ProvisionedThroughput(50L, 50L))
        .globalSecondaryIndexUpdates(java.util.List.of(new dev.keyway.ops.GlobalSecondaryIndexUpdate(
            new dev.keyway.ops.UpdateGlobalSecondaryIndexAction("GSI1",
                new dev.keyway.ops.ProvisionedThroughput(50L, 50L), null), null, null)))
        .build());
    var gsi = engine.describeTable(dev.keyway.ops.DescribeTableRequest.builder().tableName("Tbl")
        .build()).table().globalSecondaryIndexes().get(0);
    assertThat(gsi.onDemandThroughput()).isNull();
    assertThat(gsi.provisionedThroughput().writeCapacityUnits()).isEqualTo(50);
    clock.advance(Duration.ofSeconds(1));
    for (int i = 0; i < 10; i++) { // 50 units per second now, not 4
      put("Tbl", item("PK", "p" + i, "SK", "s", "G", "g"));
    }
  }

  @Test
  void withoutThrottlingTheMaximumIsOnlyDescribed() {
    Engine plain = Engine.builder().clock(clock).build();
    plain.createTable(capped("Tbl", null, 1L));
    for (int i = 0; i < 20; i++) {
      plain.putItem(PutItemRequest.builder().tableName("Tbl")
          .item(item("PK", "p" + i, "SK", "s")).build());
    }
    assertThat(plain.describeTable(dev.keyway.ops.DescribeTableRequest.builder().tableName("Tbl")
        .build()).table().onDemandThroughput()).isEqualTo(new OnDemandThroughput(null, 1L));
  }
}
