package dev.keyway.bench;

import static dev.keyway.bench.BenchItems.ITEMS_PER_PARTITION;
import static dev.keyway.bench.BenchItems.TABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The workload through an AWS SDK v2 {@link DynamoDbClient} pointed at a server over HTTP
 * (Keyway's or dynalite).
 */
final class SdkClientWorkload implements Workload {
  private static final Map<String, String> UPDATE_NAMES =
      Map.of("#st", "status", "#cnt", "updates", "#pk", "PK");
  private static final Map<String, AttributeValue> UPDATE_VALUES =
      Map.of(":st", AttributeValue.fromS("SHIPPED"), ":one", AttributeValue.fromN("1"));

  private final String name;
  private final DynamoDbClient client;
  private final Runnable onClose;

  /** {@code onClose} runs after the client is closed, e.g. to stop the server it talks to. */
  SdkClientWorkload(String name, DynamoDbClient client, Runnable onClose) {
    this.name = name;
    this.client = client;
    this.onClose = onClose;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void createTable() {
    client.createTable(
        b ->
            b.tableName(TABLE)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("PK")
                        .attributeType(ScalarAttributeType.S)
                        .build(),
                    AttributeDefinition.builder()
                        .attributeName("SK")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(
                    KeySchemaElement.builder().attributeName("PK").keyType(KeyType.HASH).build(),
                    KeySchemaElement.builder().attributeName("SK").keyType(KeyType.RANGE).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
  }

  @Override
  public void preload(int count) {
    for (int start = 0; start < count; start += 25) {
      batchWrite(start, Math.min(25, count - start));
    }
  }

  @Override
  public void putItem(int n) {
    client.putItem(b -> b.tableName(TABLE).item(SdkValues.toSdk(BenchItems.item(n))));
  }

  @Override
  public void getItem(int n) {
    client.getItem(
        b -> b.tableName(TABLE).key(SdkValues.toSdk(BenchItems.key(n))).consistentRead(true));
  }

  @Override
  public void query(int partition) {
    int found =
        client
            .query(
                b ->
                    b.tableName(TABLE)
                        .keyConditionExpression("PK = :pk")
                        .expressionAttributeValues(
                            Map.of(":pk", AttributeValue.fromS(BenchItems.partitionKey(partition)))))
            .count();
    if (found != ITEMS_PER_PARTITION) {
      throw new IllegalStateException("query found " + found + " items");
    }
  }

  @Override
  public void updateItem(int n) {
    client.updateItem(
        b ->
            b.tableName(TABLE)
                .key(SdkValues.toSdk(BenchItems.key(n)))
                .updateExpression(BenchItems.UPDATE_EXPRESSION)
                .conditionExpression(BenchItems.UPDATE_CONDITION)
                .expressionAttributeNames(UPDATE_NAMES)
                .expressionAttributeValues(UPDATE_VALUES));
  }

  @Override
  public void transactWrite(int n) {
    List<TransactWriteItem> actions = new ArrayList<>(4);
    for (int i = 0; i < 4; i++) {
      Put put = Put.builder().tableName(TABLE).item(SdkValues.toSdk(BenchItems.item(n + i))).build();
      actions.add(TransactWriteItem.builder().put(put).build());
    }
    client.transactWriteItems(b -> b.transactItems(actions));
  }

  @Override
  public void batchWrite(int n) {
    batchWrite(n, 25);
  }

  private void batchWrite(int start, int size) {
    List<WriteRequest> writes = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      writes.add(
          WriteRequest.builder()
              .putRequest(PutRequest.builder().item(SdkValues.toSdk(BenchItems.item(start + i))).build())
              .build());
    }
    Map<String, List<WriteRequest>> pending = Map.of(TABLE, writes);
    while (!pending.isEmpty()) {
      Map<String, List<WriteRequest>> requestItems = pending;
      pending = client.batchWriteItem(b -> b.requestItems(requestItems)).unprocessedItems();
    }
  }

  @Override
  public void close() {
    client.close();
    onClose.run();
  }
}
