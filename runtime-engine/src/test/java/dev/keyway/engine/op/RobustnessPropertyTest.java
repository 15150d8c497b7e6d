package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.*;

import dev.keyway.engine.Engine;
import dev.keyway.error.DynamoDbException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.*;
import java.util.List;
import java.util.Map;
import dev.keyway.engine.testing.SeededTries;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Requests with arbitrary missing or odd fields either succeed or fail with a DynamoDB error;
 * nothing else escapes the engine.
 */
class RobustnessPropertyTest {

  /** Twelve choices in 0..5, one per request field. */
  private static List<Integer> choices(Random random) {
    return IntStream.range(0, 12).mapToObj(i -> random.nextInt(6)).toList();
  }

  @Test
  void onlyDynamoDbErrors() {
    SeededTries.forAll(300, RobustnessPropertyTest::choices, RobustnessPropertyTest::onlyDynamoDbErrors);
  }

  private static <T> T pick(int choice, T... options) {
    return options[choice % options.length];
  }

  private static void onlyDynamoDbErrors(List<Integer> c) {
    Engine engine = Engine.inMemory();
    engine.createTable(withIndexes("Shop"));
    engine.putItem(PutItemRequest.builder().tableName("Shop")
        .item(item("PK", "a", "SK", "b", "GSI1PK", "g", "GSI1SK", "h", "LSK", 1, "v", 1)).build());
    Map<String, AttributeValue> key = pick(c.get(0), item("PK", "a", "SK", "b"), item("PK", "a"),
        item("PK", 1, "SK", "b"), null, item("PK", "a", "SK", "b", "x", 1), item("SK", "b"));
    String table = pick(c.get(1), "Shop", null, "Nope", "ab", "Shop");
    String index = pick(c.get(2), null, "GSI1", "LSI1", "Nope", null);
    Map<String, AttributeValue> values = pick(c.get(3), null, item(":v", 1), item(),
        item(":v", "x", ":p", "a"));
    Map<String, String> names = pick(c.get(4), null, names("#v", "v"), Map.of());
    String condition = pick(c.get(5), null, "v = :v", "attribute_exists(#v)", "bad (", "PK = :p");
    Integer limit = pick(c.get(6), null, 0, 1, 2);
    Select select = pick(c.get(7), null, Select.COUNT, Select.ALL_PROJECTED_ATTRIBUTES,
        Select.SPECIFIC_ATTRIBUTES, Select.ALL_ATTRIBUTES);
    Map<String, AttributeValue> start = pick(c.get(8), null, key, item("PK", "a", "SK", "c"),
        item("PK", "a", "SK", "b", "GSI1PK", "g", "GSI1SK", "h"));
    String projection = pick(c.get(9), null, "v", "#v", "a.b[1]", "");
    Integer segment = pick(c.get(10), null, 0, 1, 3);
    Integer total = pick(c.get(11), null, 1, 2, 4);
    List<Runnable> calls = List.of(
        () -> engine.getItem(GetItemRequest.builder().tableName(table).key(key)
            .projectionExpression(projection).expressionAttributeNames(names).build()),
        () -> engine.putItem(PutItemRequest.builder().tableName(table).item(key)
            .conditionExpression(condition).expressionAttributeNames(names)
            .expressionAttributeValues(values).build()),
        () -> engine.updateItem(UpdateItemRequest.builder().tableName(table).key(key)
            .updateExpression(condition == null ? null : "SET v = :v")
            .conditionExpression(condition).expressionAttributeNames(names)
            .expressionAttributeValues(values).returnValues(ReturnValue.UPDATED_NEW).build()),
        () -> engine.deleteItem(DeleteItemRequest.builder().tableName(table).key(key)
            .conditionExpression(condition).expressionAttributeValues(values).build()),
        () -> engine.query(QueryRequest.builder().tableName(table).indexName(index)
            .keyConditionExpression(condition).filterExpression(projection == null ? null
                : "attribute_exists(v)").expressionAttributeNames(names)
            .expressionAttributeValues(values).limit(limit).select(select)
            .exclusiveStartKey(start).projectionExpression(projection).build()),
        () -> engine.scan(ScanRequest.builder().tableName(table).indexName(index).limit(limit)
            .select(select).exclusiveStartKey(start).segment(segment).totalSegments(total)
            .projectionExpression(projection).expressionAttributeNames(names).build()),
        () -> engine.batchGetItem(BatchGetItemRequest.builder().requestItems(table == null
            ? null : Map.of(table, KeysAndAttributes.builder()
                .keys(key == null ? null : List.of(key)).projectionExpression(projection)
                .expressionAttributeNames(names).build())).build()),
        () -> engine.batchWriteItem(BatchWriteItemRequest.builder().requestItems(table == null
            ? null : Map.of(table, List.of(new WriteRequest(key == null ? null
                : new PutRequest(key), null)))).build()),
        () -> engine.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
            List.of(TransactWriteItem.builder().update(Update.builder().tableName(table).key(key)
                .updateExpression(condition == null ? null : "ADD v :v")
                .conditionExpression(condition).expressionAttributeNames(names)
                .expressionAttributeValues(values).build()).build())).build()),
        () -> engine.transactGetItems(TransactGetItemsRequest.builder().transactItems(List.of(
            new TransactGetItem(Get.builder().tableName(table).key(key)
                .projectionExpression(projection).expressionAttributeNames(names).build())))
            .build()));
    for (Runnable call : calls) {
      try {
        call.run();
      } catch (DynamoDbException expected) {
        // a DynamoDB error is a fine answer
      }
    }
  }
}
