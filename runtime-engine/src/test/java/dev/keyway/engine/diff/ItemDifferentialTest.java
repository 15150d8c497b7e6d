package dev.keyway.engine.diff;

import static dev.keyway.engine.Fixtures.*;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.*;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PutItem, GetItem, UpdateItem, DeleteItem: engine vs DynamoDB Local. */
class ItemDifferentialTest extends DifferentialSupport {

  @BeforeAll
  static void tables() {
    ok(r -> r.createTable(withIndexes("Items")));
    ok(r -> r.createTable(pkOnly("Simple")));
  }

  private static PutItemRequest.Builder put(Map<String, AttributeValue> item) {
    return PutItemRequest.builder().tableName("Items").item(item);
  }

  private static Map<String, AttributeValue> k(String pk, String sk) {
    return item("PK", pk, "SK", sk);
  }

  private static AttributeValue nested(int depth) {
    AttributeValue v = s("leaf");
    for (int i = 0; i < depth; i++) {
      v = i % 2 == 0 ? AttributeValue.map(Map.of("m", v)) : AttributeValue.list(v);
    }
    return v;
  }

  @Test
  void validation() {
    List<Function<Runner, Outcome>> cases = List.of(
        r -> r.put(PutItemRequest.builder().item(k("a", "b")).build()),
        r -> r.put(put(k("a", "b")).tableName("x!").build()),
        r -> r.put(put(k("a", "b")).tableName("Nope").build()),
        r -> r.put(put(item("PK", "a")).build()),
        r -> r.put(put(item("PK", "a", "SK", 1)).build()),
        r -> r.put(put(item("PK", "", "SK", "b")).build()),
        r -> r.put(put(item("PK", "a", "SK", "b", "GSI1PK", 3)).build()),
        r -> r.put(put(item("PK", "a", "SK", "b", "GSI1PK", "")).build()),
        r -> r.put(put(item("PK", "a", "SK", "b", "LSK", "x")).build()),
        r -> r.put(put(item("PK", "a", "SK", "b", "x", "y".repeat(409_600))).build()),
        r -> r.put(put(item("PK", "a".repeat(2049), "SK", "b")).build()),
        r -> r.put(put(item("PK", "a", "SK", "b".repeat(1025))).build()),
        r -> r.put(put(k("a", "b")).returnValues(ReturnValue.ALL_NEW).build()),
        r -> r.put(put(k("a", "b")).conditionExpression("attribute_exists(PK)")
            .expected(Map.of("x", new ExpectedAttributeValue(null, false, null, null))).build()),
        r -> r.put(put(k("a", "b")).expressionAttributeValues(item(":v", 1)).build()),
        r -> r.put(put(k("a", "b")).conditionExpression("x = :v")
            .expressionAttributeValues(item(":v", 1, ":w", 2)).build()),
        r -> r.get(GetItemRequest.builder().tableName("Items").key(item("PK", "a")).build()),
        r -> r.get(GetItemRequest.builder().tableName("Items")
            .key(item("PK", "a", "SK", "b", "x", "c")).build()),
        r -> r.get(GetItemRequest.builder().tableName("Items").key(item("PK", "a", "SK", 1)).build()),
        r -> r.get(GetItemRequest.builder().tableName("Items").key(k("a", "b"))
            .attributesToGet(List.of("x")).projectionExpression("x").build()),
        r -> r.get(GetItemRequest.builder().tableName("Items").key(k("", "b")).build()),
        r -> r.update(UpdateItemRequest.builder().tableName("Items").key(k("a", "b"))
            .updateExpression("SET PK = :v").expressionAttributeValues(item(":v", "x")).build()),
        r -> r.update(UpdateItemRequest.builder().tableName("Items").key(k("a", "b"))
            .updateExpression("SET GSI1PK = :v").expressionAttributeValues(item(":v", 1)).build()),
        r -> r.update(UpdateItemRequest.builder().tableName("Items").key(k("a", "b"))
            .attributeUpdates(Map.of("SK", new AttributeValueUpdate(s("x"), AttributeAction.PUT)))
            .build()),
        r -> r.delete(DeleteItemRequest.builder().tableName("Items").key(k("a", "b"))
            .returnValues(ReturnValue.UPDATED_NEW).build()),
        r -> r.delete(DeleteItemRequest.builder().tableName("Simple").key(k("a", "b")).build()),
        r -> r.put(put(item("PK", "deep", "SK", "32", "d", nested(31))).build()),
        r -> r.put(put(item("PK", "deep", "SK", "33", "d", nested(32))).build()),
        r -> r.put(put(item("PK", "e", "SK", "e", "empty", "", "set",
            AttributeValue.stringSet(""))).build()));
    sameAll(cases, i -> "validation case " + i);
  }

  @Test
  void behaviour() {
    List<Function<Runner, Outcome>> cases = List.of(
        r -> r.put(put(item("PK", "p", "SK", "1", "n", 1, "s", "x", "GSI1PK", "g", "GSI1SK", "h"))
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()),
        r -> r.put(put(item("PK", "p", "SK", "1", "n", 2)).returnValues(ReturnValue.ALL_OLD)
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()),
        r -> r.put(put(item("PK", "p", "SK", "1")).conditionExpression("n = :v")
            .expressionAttributeValues(item(":v", 1))
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
            .build()),
        r -> r.get(GetItemRequest.builder().tableName("Items").key(k("p", "1"))
            .consistentRead(true).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()),
        r -> r.get(GetItemRequest.builder().tableName("Items").key(k("p", "2"))
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()),
        r -> r.update(UpdateItemRequest.builder().tableName("Items").key(k("p", "1"))
            .updateExpression("SET m = :m, n = n + :one REMOVE s")
            .expressionAttributeValues(item(":m", AttributeValue.map(item("a", 1)), ":one", 1))
            .returnValues(ReturnValue.ALL_NEW).build()),
        r -> r.update(UpdateItemRequest.builder().tableName("Items").key(k("p", "1"))
            .updateExpression("SET m.a = :two").expressionAttributeValues(item(":two", 2))
            .returnValues(ReturnValue.UPDATED_OLD).build()),
        r -> r.update(UpdateItemRequest.builder().tableName("Items").key(k("p", "1"))
            .updateExpression("SET m.b = :two").expressionAttributeValues(item(":two", 2))
            .returnValues(ReturnValue.UPDATED_NEW).build()),
        r -> r.update(UpdateItemRequest.builder().tableName("Items").key(k("p", "9"))
            .updateExpression("ADD c :one").expressionAttributeValues(item(":one", 1))
            .returnValues(ReturnValue.ALL_OLD).build()),
        r -> r.update(UpdateItemRequest.builder().tableName("Items").key(k("p", "8"))
            .attributeUpdates(Map.of("ss", new AttributeValueUpdate(AttributeValue.stringSet("a", "b"),
                AttributeAction.ADD))).returnValues(ReturnValue.ALL_NEW).build()),
        r -> r.update(UpdateItemRequest.builder().tableName("Items").key(k("p", "8"))
            .attributeUpdates(Map.of("ss", new AttributeValueUpdate(AttributeValue.stringSet("a"),
                AttributeAction.DELETE))).returnValues(ReturnValue.UPDATED_NEW).build()),
        r -> r.update(UpdateItemRequest.builder().tableName("Items").key(k("p", "8"))
            .expected(Map.of("ss", new ExpectedAttributeValue(null, null,
                ComparisonOperator.CONTAINS, List.of(s("b")))))
            .attributeUpdates(Map.of("z", new AttributeValueUpdate(null, AttributeAction.DELETE)))
            .returnValues(ReturnValue.ALL_NEW).build()),
        r -> r.delete(DeleteItemRequest.builder().tableName("Items").key(k("p", "9"))
            .expected(Map.of("c", new ExpectedAttributeValue(n(5), null, null, null))).build()),
        r -> r.delete(DeleteItemRequest.builder().tableName("Items").key(k("p", "9"))
            .returnValues(ReturnValue.ALL_OLD).build()),
        r -> r.get(GetItemRequest.builder().tableName("Items").key(k("p", "1"))
            .projectionExpression("m.a, #n").expressionAttributeNames(names("#n", "n")).build()),
        r -> r.get(GetItemRequest.builder().tableName("Items").key(k("p", "1"))
            .attributesToGet(List.of("n", "zz")).build()),
        r -> r.put(put(item("PK", "c", "SK", "1", "GSI1PK", "g", "GSI1SK", "h", "LSK", 4,
            "big", "z".repeat(1500))).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
            .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE).build()),
        r -> r.put(put(item("PK", "c", "SK", "1", "GSI1PK", "g2", "GSI1SK", "h", "LSK", 4))
            .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build()),
        r -> r.put(put(item("PK", "c", "SK", "1", "GSI1PK", "g2", "GSI1SK", "h", "LSK", 4, "x", 1))
            .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build()),
        r -> r.describeTable("Items"));
    sameAll(cases, i -> "behaviour case " + i);
  }
}
