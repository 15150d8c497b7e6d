package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.error.CancellationReason;
import dev.keyway.error.IdempotentParameterMismatchException;
import dev.keyway.error.TransactionCanceledException;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchGetItemRequest;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.ConditionCheck;
import dev.keyway.ops.Delete;
import dev.keyway.ops.DeleteRequest;
import dev.keyway.ops.Get;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.KeysAndAttributes;
import dev.keyway.ops.Put;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.PutRequest;
import dev.keyway.ops.ReturnValuesOnConditionCheckFailure;
import dev.keyway.ops.TransactGetItem;
import dev.keyway.ops.TransactGetItemsRequest;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.Update;
import dev.keyway.ops.WriteRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** BatchGetItem, BatchWriteItem, TransactWriteItems and TransactGetItems. */
class BatchAndTransactOpTest {
  private final Engine engine = Engine.inMemory();

  @BeforeEach
  void table() {
    engine.createTable(pkSk("Shop"));
  }

  private Map<String, AttributeValue> get(String pk, String sk) {
    return engine.getItem(GetItemRequest.builder().tableName("Shop")
        .key(item("PK", pk, "SK", sk)).build()).item();
  }

  private static TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
    return TransactWriteItem.builder().put(Put.builder().tableName("Shop").item(item)
        .conditionExpression(condition).build()).build();
  }

  @Nested
  class Validation {
    @Test
    void batchGetDuplicates() {
      assertThatThrownBy(() -> engine.batchGetItem(BatchGetItemRequest.builder().requestItems(
              Map.of("Shop", KeysAndAttributes.builder().keys(List.of(item("PK", "a", "SK", "b"),
                  item("PK", "a", "SK", "b"))).build())).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("Provided list of item keys contains duplicates");
    }

    @Test
    void batchGetTooMany() {
      List<Map<String, AttributeValue>> keys = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        keys.add(item("PK", "a" + i, "SK", "b"));
      }
      KeysAndAttributes one = KeysAndAttributes.builder().keys(List.of(item("PK", "x", "SK", "b"))).build();
      assertThatThrownBy(() -> engine.batchGetItem(BatchGetItemRequest.builder().requestItems(
              Map.of("Shop", KeysAndAttributes.builder().keys(keys).build(), "Other", one)).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("Too many items requested for the BatchGetItem call");
    }

    @Test
    void batchGetMoreThanAHundredKeysForOneTableBreakItsConstraint() {
      List<Map<String, AttributeValue>> keys = new ArrayList<>();
      for (int i = 0; i < 101; i++) {
        keys.add(item("PK", "a" + i, "SK", "b"));
      }
      assertThatThrownBy(() -> engine.batchGetItem(BatchGetItemRequest.builder().requestItems(
              Map.of("Shop", KeysAndAttributes.builder().keys(keys).build())).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessageStartingWith("1 validation error detected: Value '[")
          .hasMessageEndingWith("]' at 'requestItems.Shop.member.keys' failed to satisfy "
              + "constraint: Member must have length less than or equal to 100");
    }

    @Test
    void batchWriteDuplicates() {
      assertThatThrownBy(() -> engine.batchWriteItem(BatchWriteItemRequest.builder().requestItems(
              Map.of("Shop", List.of(
                  new WriteRequest(new PutRequest(item("PK", "a", "SK", "b")), null),
                  new WriteRequest(null, new DeleteRequest(item("PK", "a", "SK", "b")))))).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("Provided list of item keys contains duplicates");
    }

    @Test
    void batchNullEntriesAreValidationErrors() {
      Map<String, KeysAndAttributes> gets = new java.util.HashMap<>();
      gets.put("Shop", null);
      assertThatThrownBy(() -> engine.batchGetItem(new BatchGetItemRequest(gets, null)))
          .isInstanceOf(ValidationException.class)
          .hasMessage("1 validation error detected: Value null at 'requestItems.Shop.member.keys' "
              + "failed to satisfy constraint: Member must not be null");
      List<WriteRequest> writes = new ArrayList<>();
      writes.add(null);
      assertThatThrownBy(() -> engine.batchWriteItem(BatchWriteItemRequest.builder()
              .requestItems(Map.of("Shop", writes)).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessageStartingWith("Supplied AttributeValue has more than one datatypes set");
    }

    @Test
    void transactionActionsAreCheckedTogetherBeforeAnyTableLookup() {
      TransactWriteItem missingTable = TransactWriteItem.builder().put(Put.builder()
          .tableName("Missing").item(item("PK", "a", "SK", "b")).build()).build();
      TransactWriteItem update = TransactWriteItem.builder().update(Update.builder()
          .tableName("ab").key(item("PK", "a", "SK", "c")).build()).build();
      TransactWriteItem check = TransactWriteItem.builder().conditionCheck(ConditionCheck.builder()
          .tableName("Shop").build()).build();
      assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.builder()
              .transactItems(List.of(missingTable, update, check)).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("4 validation errors detected: Value 'ab' at "
              + "'transactItems.2.member.update.tableName' failed to satisfy constraint: Member "
              + "must have length greater than or equal to 3; Value null at "
              + "'transactItems.2.member.update.updateExpression' failed to satisfy constraint: "
              + "Member must not be null; Value null at 'transactItems.3.member.conditionCheck.key' "
              + "failed to satisfy constraint: Member must not be null; Value null at "
              + "'transactItems.3.member.conditionCheck.conditionExpression' failed to satisfy "
              + "constraint: Member must not be null");
      TransactGetItem noKey = TransactGetItem.builder().get(Get.builder().tableName("Shop")
          .build()).build();
      assertThatThrownBy(() -> engine.transactGetItems(TransactGetItemsRequest.builder()
              .transactItems(List.of(TransactGetItem.builder().build(), noKey)).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("2 validation errors detected: Value null at 'transactItems.1.member.get' "
              + "failed to satisfy constraint: Member must not be null; Value null at "
              + "'transactItems.2.member.get.key' failed to satisfy constraint: Member must not be "
              + "null");
    }

    @Test
    void transactionOneOperationPerItem() {
      assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.builder()
              .transactItems(List.of(put(item("PK", "a", "SK", "b"), null),
                  TransactWriteItem.builder().delete(Delete.builder().tableName("Shop")
                      .key(item("PK", "a", "SK", "b")).build()).build())).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("Transaction request cannot include multiple operations on one item");
    }

    @Test
    void tokenReusedWithOtherParameters() {
      engine.transactWriteItems(TransactWriteItemsRequest.builder().clientRequestToken("t1")
          .transactItems(List.of(put(item("PK", "a", "SK", "b"), null))).build());
      assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.builder()
              .clientRequestToken("t1")
              .transactItems(List.of(put(item("PK", "a", "SK", "c"), null))).build()))
          .isInstanceOf(IdempotentParameterMismatchException.class);
    }
  }

  @Nested
  class Behaviour {
    @Test
    void batchWriteThenBatchGet() {
      List<WriteRequest> writes = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        writes.add(new WriteRequest(new PutRequest(item("PK", "p", "SK", "s" + i, "i", i)), null));
      }
      var w = engine.batchWriteItem(BatchWriteItemRequest.builder()
          .requestItems(Map.of("Shop", writes)).build());
      assertThat(w.unprocessedItems()).isEmpty();
      var r = engine.batchGetItem(BatchGetItemRequest.builder().requestItems(Map.of("Shop",
          KeysAndAttributes.builder().keys(List.of(item("PK", "p", "SK", "s3"),
              item("PK", "p", "SK", "nope"))).projectionExpression("i").build())).build());
      assertThat(r.responses().get("Shop")).containsExactly(item("i", 3));
      assertThat(r.unprocessedKeys()).isEmpty();
    }

    @Test
    void transactionIsAllOrNothing() {
      engine.putItem(PutItemRequest.builder().tableName("Shop")
          .item(item("PK", "a", "SK", "1", "stock", 0)).build());
      assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.builder()
              .transactItems(List.of(
                  put(item("PK", "a", "SK", "2"), null),
                  TransactWriteItem.builder().update(Update.builder().tableName("Shop")
                      .key(item("PK", "a", "SK", "1")).updateExpression("ADD stock :m")
                      .conditionExpression("stock > :z")
                      .expressionAttributeValues(item(":m", -1, ":z", 0))
                      .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                      .build()).build())).build()))
          .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Transaction cancelled, please refer "
                + "cancellation reasons for specific reasons [None, ConditionalCheckFailed]");
            assertThat(e.reasons().get(0)).isEqualTo(CancellationReason.NONE);
            assertThat(e.reasons().get(1).item()).containsEntry("stock", n(0));
          });
      assertThat(get("a", "2")).isNull();
    }

    @Test
    void transactionAppliesEveryAction() {
      engine.putItem(PutItemRequest.builder().tableName("Shop")
          .item(item("PK", "a", "SK", "1", "stock", 2)).build());
      engine.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(List.of(
          put(item("PK", "a", "SK", "2"), "attribute_not_exists(PK)"),
          TransactWriteItem.builder().update(Update.builder().tableName("Shop")
              .key(item("PK", "a", "SK", "1")).updateExpression("ADD stock :m")
              .expressionAttributeValues(item(":m", -1)).build()).build(),
          TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName("Shop")
              .key(item("PK", "a", "SK", "3")).conditionExpression("attribute_not_exists(PK)")
              .build()).build())).build());
      assertThat(get("a", "2")).isNotNull();
      assertThat(get("a", "1").get("stock")).isEqualTo(n(1));
      var r = engine.transactGetItems(TransactGetItemsRequest.builder().transactItems(List.of(
          new TransactGetItem(Get.builder().tableName("Shop").key(item("PK", "a", "SK", "1")).build()),
          new TransactGetItem(Get.builder().tableName("Shop").key(item("PK", "a", "SK", "9")).build())))
          .build());
      assertThat(r.responses().get(0).item()).containsEntry("stock", n(1));
      assertThat(r.responses().get(1).item()).isNull();
    }

    @Test
    void sameTokenIsIdempotent() {
      engine.putItem(PutItemRequest.builder().tableName("Shop")
          .item(item("PK", "a", "SK", "1", "c", 0)).build());
      TransactWriteItemsRequest req = TransactWriteItemsRequest.builder().clientRequestToken("tok")
          .transactItems(List.of(TransactWriteItem.builder().update(Update.builder()
              .tableName("Shop").key(item("PK", "a", "SK", "1")).updateExpression("ADD c :one")
              .expressionAttributeValues(item(":one", 1)).build()).build())).build();
      engine.transactWriteItems(req);
      engine.transactWriteItems(req);
      assertThat(get("a", "1").get("c")).isEqualTo(n(1));
    }
  }
}
