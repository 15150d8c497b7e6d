package dev.keyway.engine.diff;

import static dev.keyway.engine.Fixtures.*;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BatchGetItem, BatchWriteItem, TransactWriteItems, TransactGetItems: engine vs DynamoDB Local. */
class BatchTransactDifferentialTest extends DifferentialSupport {

  @BeforeAll
  static void tables() {
    ok(r -> r.createTable(pkSk("Orders")));
    ok(r -> r.createTable(pkOnly("Stock")));
  }

  private static Map<String, AttributeValue> k(String pk, String sk) {
    return item("PK", pk, "SK", sk);
  }

  private static WriteRequest putReq(Map<String, AttributeValue> item) {
    return new WriteRequest(new PutRequest(item), null);
  }

  private static TransactWriteItem tput(String table, Map<String, AttributeValue> item, String cond,
      Map<String, AttributeValue> values) {
    return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
        .conditionExpression(cond).expressionAttributeValues(values).build()).build();
  }

  private static TransactWriteItem tupdate(String table, Map<String, AttributeValue> key,
      String update, String cond, Map<String, AttributeValue> values) {
    return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key)
        .updateExpression(update).conditionExpression(cond).expressionAttributeValues(values)
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build())
        .build();
  }

  @Test
  void validation() {
    List<Map<String, AttributeValue>> many = new ArrayList<>();
    List<WriteRequest> manyWrites = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      many.add(k("m", "s" + i));
    }
    for (int i = 0; i < 26; i++) {
      manyWrites.add(putReq(k("w", "s" + i)));
    }
    List<Function<Runner, Outcome>> cases = List.of(
        r -> r.batchGet(BatchGetItemRequest.builder().requestItems(Map.of("Orders",
            KeysAndAttributes.builder().keys(List.of(k("a", "b"), k("a", "b"))).build())).build()),
        r -> r.batchGet(BatchGetItemRequest.builder().requestItems(Map.of("Orders",
            KeysAndAttributes.builder().keys(List.of(item("PK", "a"))).build())).build()),
        r -> r.batchGet(BatchGetItemRequest.builder().requestItems(Map.of("Nope",
            KeysAndAttributes.builder().keys(List.of(k("a", "b"))).build())).build()),
        r -> r.batchWrite(BatchWriteItemRequest.builder().requestItems(Map.of("Orders",
            List.of(putReq(k("a", "b")), new WriteRequest(null, new DeleteRequest(k("a", "b"))))))
            .build()),
        r -> r.batchWrite(BatchWriteItemRequest.builder().requestItems(Map.of("Orders",
            List.of(putReq(item("PK", "a"))))).build()),
        r -> r.transactWrite(TransactWriteItemsRequest.builder().transactItems(List.of(
            tput("Orders", k("a", "b"), null, null),
            tupdate("Orders", k("a", "b"), "SET x = :v", null, item(":v", 1)))).build()),
        r -> r.transactWrite(TransactWriteItemsRequest.builder().transactItems(List.of(
            tput("Nope", k("a", "b"), null, null))).build()),
        r -> r.transactWrite(TransactWriteItemsRequest.builder().transactItems(List.of(
            tupdate("Orders", k("a", "b"), "SET PK = :v", null, item(":v", "z")))).build()),
        r -> r.transactGet(TransactGetItemsRequest.builder().transactItems(List.of(
            new TransactGetItem(Get.builder().tableName("Orders").key(k("a", "b")).build()),
            new TransactGetItem(Get.builder().tableName("Orders").key(k("a", "b")).build())))
            .build()));
    sameAll(cases, i -> "validation case " + i);
  }

  @Test
  void behaviour() {
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      writes.add(putReq(item("PK", "o", "SK", "s" + i, "n", i)));
    }
    List<Function<Runner, Outcome>> cases = List.of(
        r -> r.batchWrite(BatchWriteItemRequest.builder().requestItems(Map.of("Orders", writes))
            .build()),
        r -> r.batchWrite(BatchWriteItemRequest.builder().requestItems(Map.of(
            "Orders", List.of(new WriteRequest(null, new DeleteRequest(k("o", "s3")))),
            "Stock", List.of(putReq(item("PK", "apple", "qty", 3)), putReq(item("PK", "pear",
                "qty", 0))))).build()),
        r -> r.batchGet(BatchGetItemRequest.builder().requestItems(Map.of(
            "Orders", KeysAndAttributes.builder().keys(List.of(k("o", "s1"), k("o", "s3"),
                k("o", "s24"))).projectionExpression("SK, n").build(),
            "Stock", KeysAndAttributes.builder().keys(List.of(item("PK", "apple"))).build()))
            .build()),
        r -> r.transactWrite(TransactWriteItemsRequest.builder().transactItems(List.of(
            tput("Orders", k("u", "order1"), "attribute_not_exists(PK)", null),
            tupdate("Stock", item("PK", "apple"), "ADD qty :m", "qty > :z",
                item(":m", -1, ":z", 0)))).build()),
        r -> r.transactWrite(TransactWriteItemsRequest.builder().transactItems(List.of(
            tput("Orders", k("u", "order2"), "attribute_not_exists(PK)", null),
            tupdate("Stock", item("PK", "pear"), "ADD qty :m", "qty > :z",
                item(":m", -1, ":z", 0)))).build()),
        r -> r.transactWrite(TransactWriteItemsRequest.builder().transactItems(List.of(
            tput("Orders", k("u", "order1"), "attribute_not_exists(PK)", null))).build()),
        r -> r.transactWrite(TransactWriteItemsRequest.builder().transactItems(List.of(
            TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName("Stock")
                .key(item("PK", "apple")).conditionExpression("qty = :two")
                .expressionAttributeValues(item(":two", 2)).build()).build(),
            TransactWriteItem.builder().delete(Delete.builder().tableName("Orders")
                .key(k("u", "order1")).build()).build())).build()),
        r -> r.transactGet(TransactGetItemsRequest.builder().transactItems(List.of(
            new TransactGetItem(Get.builder().tableName("Orders").key(k("u", "order1")).build()),
            new TransactGetItem(Get.builder().tableName("Orders").key(k("u", "order2")).build()),
            new TransactGetItem(Get.builder().tableName("Stock").key(item("PK", "apple"))
                .projectionExpression("qty").build()))).build()));
    sameAll(cases, i -> "behaviour case " + i);
  }

  @Test
  void transactionEdges() {
    List<TransactWriteItem> tooMany = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      tooMany.add(tput("Orders", k("many", "s" + i), null, null));
    }
    List<Function<Runner, Outcome>> cases = List.of(
        r -> r.transactWrite(TransactWriteItemsRequest.builder().transactItems(tooMany).build()),
        r -> r.transactWrite(TransactWriteItemsRequest.builder().transactItems(List.of()).build()),
        r -> r.transactWrite(TransactWriteItemsRequest.builder().transactItems(List.of(
            tput("Orders", item("PK", "e", "SK", "1", "big", "x".repeat(409_000)), null, null)))
            .build()),
        r -> r.transactWrite(TransactWriteItemsRequest.builder().transactItems(List.of(
            tput("Orders", k("e", "2"), null, null),
            tupdate("Orders", k("e", "3"), "SET big = :b", null,
                item(":b", "x".repeat(409_000))))).build()),
        r -> r.transactWrite(TransactWriteItemsRequest.builder().transactItems(List.of(
            tupdate("Orders", k("e", "4"), "SET n = n + :one", null, item(":one", 1)))).build()),
        r -> r.transactWrite(TransactWriteItemsRequest.builder().clientRequestToken("tok-1")
            .transactItems(List.of(tput("Orders", k("e", "5"), "attribute_not_exists(PK)", null)))
            .build()),
        r -> r.transactWrite(TransactWriteItemsRequest.builder().clientRequestToken("tok-1")
            .transactItems(List.of(tput("Orders", k("e", "5"), "attribute_not_exists(PK)", null)))
            .build()),
        r -> r.transactWrite(TransactWriteItemsRequest.builder().clientRequestToken("tok-1")
            .transactItems(List.of(tput("Orders", k("e", "6"), null, null))).build()),
        r -> r.get(GetItemRequest.builder().tableName("Orders").key(k("e", "5")).build()),
        r -> r.get(GetItemRequest.builder().tableName("Orders").key(k("e", "6")).build()));
    sameAll(cases, i -> "edge case " + i);
  }

  @Test
  void batchLimits() {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      keys.add(k("m", "s" + i));
    }
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      writes.add(putReq(k("w", "s" + i)));
    }
    List<Map<String, AttributeValue>> fifty = keys.subList(0, 50);
    List<Map<String, AttributeValue>> fiftyOne = keys.subList(50, 101);
    List<Function<Runner, Outcome>> cases = List.of(
        r -> r.batchGet(BatchGetItemRequest.builder().requestItems(Map.of("Orders",
            KeysAndAttributes.builder().keys(keys).build())).build()),
        r -> r.batchGet(BatchGetItemRequest.builder().requestItems(Map.of(
            "Orders", KeysAndAttributes.builder().keys(fifty).build(),
            "Stock", KeysAndAttributes.builder().keys(fiftyOne.stream()
                .map(x -> item("PK", x.get("SK"))).toList()).build())).build()),
        r -> r.batchGet(BatchGetItemRequest.builder().requestItems(Map.of()).build()),
        r -> r.batchWrite(BatchWriteItemRequest.builder().requestItems(Map.of("Orders", writes))
            .build()),
        r -> r.batchWrite(BatchWriteItemRequest.builder().requestItems(Map.of(
            "Orders", writes.subList(0, 13), "Stock", writes.subList(13, 26).stream()
                .map(w -> putReq(item("PK", w.putRequest().item().get("SK")))).toList())).build()),
        r -> r.batchWrite(BatchWriteItemRequest.builder().requestItems(Map.of()).build()),
        r -> r.batchGet(BatchGetItemRequest.builder().requestItems(Map.of("Orders",
            KeysAndAttributes.builder().keys(List.of(k("o", "s1"))).consistentRead(true)
                .attributesToGet(List.of("n")).build()))
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()));
    sameAll(cases, i -> "limit case " + i);
  }
}
