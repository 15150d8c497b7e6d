package dev.keyway.bench;

import static dev.keyway.bench.BenchItems.ITEMS_PER_PARTITION;
import static dev.keyway.bench.BenchItems.TABLE;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.Put;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.PutRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.UpdateItemRequest;
import dev.keyway.ops.WriteRequest;
import dev.keyway.spi.Backend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The workload on a Keyway {@link Backend}, called directly as Keyway applications call it: the
 * engine, or the bare floor ({@link FloorBackend}).
 */
final class KeywayWorkload implements Workload {
  private static final Map<String, String> UPDATE_NAMES =
      Map.of("#st", "status", "#cnt", "updates", "#pk", "PK");
  private static final Map<String, AttributeValue> UPDATE_VALUES =
      Map.of(":st", AttributeValue.s("SHIPPED"), ":one", AttributeValue.n(1));

  private final String name;
  private final Backend backend;

  KeywayWorkload(String name, Backend backend) {
    this.name = name;
    this.backend = backend;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void createTable() {
    backend.createTable(
        CreateTableRequest.builder()
            .tableName(TABLE)
            .attributeDefinitions(
                List.of(
                    new AttributeDefinition("PK", ScalarAttributeType.S),
                    new AttributeDefinition("SK", ScalarAttributeType.S)))
            .keySchema(
                List.of(
                    new KeySchemaElement("PK", KeyType.HASH),
                    new KeySchemaElement("SK", KeyType.RANGE)))
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .build());
  }

  @Override
  public void preload(int count) {
    for (int start = 0; start < count; start += 25) {
      batchWrite(start, Math.min(25, count - start));
    }
  }

  @Override
  public void putItem(int n) {
    backend.putItem(PutItemRequest.builder().tableName(TABLE).item(BenchItems.item(n)).build());
  }

  @Override
  public void getItem(int n) {
    backend.getItem(
        GetItemRequest.builder().tableName(TABLE).key(BenchItems.key(n)).consistentRead(true).build());
  }

  @Override
  public void query(int partition) {
    int found =
        backend
            .query(
                QueryRequest.builder()
                    .tableName(TABLE)
                    .keyConditionExpression("PK = :pk")
                    .expressionAttributeValues(
                        Map.of(":pk", AttributeValue.s(BenchItems.partitionKey(partition))))
                    .build())
            .count();
    if (found != ITEMS_PER_PARTITION) {
      throw new IllegalStateException("query found " + found + " items");
    }
  }

  @Override
  public void updateItem(int n) {
    backend.updateItem(
        UpdateItemRequest.builder()
            .tableName(TABLE)
            .key(BenchItems.key(n))
            .updateExpression(BenchItems.UPDATE_EXPRESSION)
            .conditionExpression(BenchItems.UPDATE_CONDITION)
            .expressionAttributeNames(UPDATE_NAMES)
            .expressionAttributeValues(UPDATE_VALUES)
            .build());
  }

  @Override
  public void transactWrite(int n) {
    List<TransactWriteItem> actions = new ArrayList<>(4);
    for (int i = 0; i < 4; i++) {
      Put put = Put.builder().tableName(TABLE).item(BenchItems.item(n + i)).build();
      actions.add(TransactWriteItem.builder().put(put).build());
    }
    backend.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(actions).build());
  }

  @Override
  public void batchWrite(int n) {
    batchWrite(n, 25);
  }

  private void batchWrite(int start, int size) {
    List<WriteRequest> writes = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      writes.add(
          WriteRequest.builder().putRequest(new PutRequest(BenchItems.item(start + i))).build());
    }
    Map<String, List<WriteRequest>> pending = Map.of(TABLE, writes);
    while (!pending.isEmpty()) {
      var unprocessed =
          backend
              .batchWriteItem(BatchWriteItemRequest.builder().requestItems(pending).build())
              .unprocessedItems();
      pending = unprocessed == null ? Map.of() : unprocessed;
    }
  }

  @Override
  public void close() {
    backend.close();
  }
}
