package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.ReturnConsumedCapacity;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.Put;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ConsumedCapacity by DynamoDB's unit rules. */
class CapacityTest {
  private final Engine engine = Engine.inMemory();

  @BeforeEach
  void table() {
    engine.createTable(withIndexes("Shop"));
  }

  @Test
  void writeUnitPerStartedKilobyte() {
    var r = engine.putItem(PutItemRequest.builder().tableName("Shop")
        .item(item("PK", "a", "SK", "b", "x", "y".repeat(1500)))
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
    assertThat(r.consumedCapacity().capacityUnits()).isEqualTo(2.0);
    assertThat(r.consumedCapacity().tableName()).isEqualTo("Shop");
  }

  @Test
  void indexWritesChargedPerIndex() {
    var r = engine.putItem(PutItemRequest.builder().tableName("Shop")
        .item(item("PK", "a", "SK", "b", "GSI1PK", "g", "GSI1SK", "h", "LSK", 1))
        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build());
    var c = r.consumedCapacity();
    assertThat(c.capacityUnits()).isEqualTo(3.0);
    assertThat(c.table().capacityUnits()).isEqualTo(1.0);
    assertThat(c.globalSecondaryIndexes().get("GSI1").capacityUnits()).isEqualTo(1.0);
    assertThat(c.localSecondaryIndexes().get("LSI1").capacityUnits()).isEqualTo(1.0);
  }

  @Test
  void singleItemOperationsGiveOnlyTheAggregate() {
    var r = engine.putItem(PutItemRequest.builder().tableName("Shop")
        .item(item("PK", "a", "SK", "b", "GSI1PK", "g", "GSI1SK", "h"))
        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build());
    var c = r.consumedCapacity();
    assertThat(c.writeCapacityUnits()).isNull();
    assertThat(c.readCapacityUnits()).isNull();
    assertThat(c.table().writeCapacityUnits()).isNull();
    assertThat(c.globalSecondaryIndexes().get("GSI1").writeCapacityUnits()).isNull();
  }

  @Test
  void transactionsAlsoSplitIntoWriteUnits() {
    var r = engine.transactWriteItems(TransactWriteItemsRequest.builder()
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .transactItems(List.of(TransactWriteItem.builder().put(Put.builder().tableName("Shop")
            .item(item("PK", "a", "SK", "b")).build()).build())).build());
    var c = r.consumedCapacity().get(0);
    assertThat(c.capacityUnits()).isEqualTo(2.0);
    assertThat(c.writeCapacityUnits()).isEqualTo(2.0);
    assertThat(c.readCapacityUnits()).isNull();
  }

  @Test
  void eventuallyConsistentReadsCostHalf() {
    engine.putItem(PutItemRequest.builder().tableName("Shop")
        .item(item("PK", "a", "SK", "b", "x", "y".repeat(5000))).build());
    var strong = engine.getItem(GetItemRequest.builder().tableName("Shop")
        .key(item("PK", "a", "SK", "b")).consistentRead(true)
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
    var eventual = engine.getItem(GetItemRequest.builder().tableName("Shop")
        .key(item("PK", "a", "SK", "b"))
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
    assertThat(strong.consumedCapacity().capacityUnits()).isEqualTo(2.0);
    assertThat(eventual.consumedCapacity().capacityUnits()).isEqualTo(1.0);
  }

  @Test
  void queryChargesTotalBytesRead() {
    for (int i = 0; i < 3; i++) {
      engine.putItem(PutItemRequest.builder().tableName("Shop")
          .item(item("PK", "a", "SK", "s" + i, "x", "y".repeat(2000))).build());
    }
    var r = engine.query(QueryRequest.builder().tableName("Shop").keyConditionExpression("PK = :p")
        .expressionAttributeValues(item(":p", "a")).consistentRead(true)
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
    assertThat(r.consumedCapacity().capacityUnits()).isEqualTo(2.0);
  }

  @Test
  void transactionsDoubleWrites() {
    var r = engine.transactWriteItems(TransactWriteItemsRequest.builder()
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .transactItems(List.of(TransactWriteItem.builder().put(Put.builder().tableName("Shop")
            .item(item("PK", "a", "SK", "b")).build()).build())).build());
    assertThat(r.consumedCapacity().get(0).capacityUnits()).isEqualTo(2.0);
  }

  @Test
  void itemCollectionMetricsOnTablesWithLsis() {
    var r = engine.putItem(PutItemRequest.builder().tableName("Shop")
        .item(item("PK", "a", "SK", "b", "LSK", 1))
        .returnItemCollectionMetrics(dev.keyway.ops.ReturnItemCollectionMetrics.SIZE).build());
    assertThat(r.itemCollectionMetrics().itemCollectionKey()).isEqualTo(item("PK", "a"));
    assertThat(r.itemCollectionMetrics().sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
  }

  @Test
  void noMetricsWithoutLsis() {
    engine.createTable(pkSk("Plain"));
    var r = engine.putItem(PutItemRequest.builder().tableName("Plain")
        .item(item("PK", "a", "SK", "b"))
        .returnItemCollectionMetrics(dev.keyway.ops.ReturnItemCollectionMetrics.SIZE).build());
    assertThat(r.itemCollectionMetrics()).isNull();
  }
}
