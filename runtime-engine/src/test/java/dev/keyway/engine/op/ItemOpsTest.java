package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.ReturnValue;
import dev.keyway.ops.ReturnValuesOnConditionCheckFailure;
import dev.keyway.ops.UpdateItemRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** PutItem, GetItem, UpdateItem and DeleteItem. */
class ItemOpsTest {
  private final Engine engine = Engine.inMemory();

  @BeforeEach
  void table() {
    engine.createTable(withIndexes("Shop"));
  }

  private void put(Map<String, AttributeValue> item) {
    engine.putItem(PutItemRequest.builder().tableName("Shop").item(item).build());
  }

  private Map<String, AttributeValue> get(String pk, String sk) {
    return engine.getItem(GetItemRequest.builder().tableName("Shop")
        .key(item("PK", pk, "SK", sk)).consistentRead(true).build()).item();
  }

  @Nested
  class Validation {
    @Test
    void missingTableName() {
      assertThatThrownBy(() -> engine.getItem(GetItemRequest.builder()
              .key(item("PK", "a", "SK", "b")).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("1 validation error detected: Value null at 'tableName' failed to satisfy "
              + "constraint: Member must not be null");
    }

    @Test
    void unknownTable() {
      assertThatThrownBy(() -> engine.getItem(GetItemRequest.builder().tableName("Nope")
              .key(item("PK", "a", "SK", "b")).build()))
          .isInstanceOf(ResourceNotFoundException.class)
          .hasMessage("Requested resource not found");
    }

    @Test
    void keyMustMatchSchema() {
      assertThatThrownBy(() -> get("a", null == null ? "b" : "").isEmpty());
      assertThatThrownBy(() -> engine.getItem(GetItemRequest.builder().tableName("Shop")
              .key(item("PK", "a")).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("The provided key element does not match the schema");
    }

    @Test
    void missingKeyInItem() {
      assertThatThrownBy(() -> put(item("PK", "a")))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Missing the key SK in the item");
    }

    @Test
    void emptyStringKey() {
      assertThatThrownBy(() -> put(item("PK", "", "SK", "x")))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values are not valid. The AttributeValue for a key "
              + "attribute cannot contain an empty string value. Key: PK");
    }

    @Test
    void indexKeyTypeChecked() {
      assertThatThrownBy(() -> put(item("PK", "a", "SK", "b", "GSI1PK", 5)))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Type mismatch for Index Key "
              + "GSI1PK Expected: S Actual: N IndexName: GSI1");
    }

    @Test
    void itemTooLarge() {
      assertThatThrownBy(() -> put(item("PK", "a", "SK", "b", "big", "x".repeat(400 * 1024))))
          .isInstanceOf(ValidationException.class)
          .hasMessage("Item size has exceeded the maximum allowed size");
    }

    @Test
    void putReturnValuesOnlyAllOld() {
      assertThatThrownBy(() -> engine.putItem(PutItemRequest.builder().tableName("Shop")
              .item(item("PK", "a", "SK", "b")).returnValues(ReturnValue.ALL_NEW).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("Return values set to invalid value");
    }

    @Test
    void mixingLegacyAndExpressions() {
      assertThatThrownBy(() -> engine.getItem(GetItemRequest.builder().tableName("Shop")
              .key(item("PK", "a", "SK", "b")).attributesToGet(List.of("x"))
              .projectionExpression("x").build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("Can not use both expression and non-expression parameters in the same "
              + "request: Non-expression parameters: {AttributesToGet} Expression parameters: "
              + "{ProjectionExpression}");
    }

    @Test
    void cannotUpdateKey() {
      assertThatThrownBy(() -> engine.updateItem(UpdateItemRequest.builder().tableName("Shop")
              .key(item("PK", "a", "SK", "b")).updateExpression("SET SK = :v")
              .expressionAttributeValues(item(":v", "x")).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Cannot update attribute SK. "
              + "This attribute is part of the key");
    }
  }

  @Nested
  class Behaviour {
    @Test
    void putThenGet() {
      put(item("PK", "a", "SK", "b", "x", 1));
      assertThat(get("a", "b")).isEqualTo(item("PK", "a", "SK", "b", "x", 1));
      assertThat(get("a", "c")).isNull();
    }

    @Test
    void putReturnsOldItem() {
      put(item("PK", "a", "SK", "b", "x", 1));
      var old = engine.putItem(PutItemRequest.builder().tableName("Shop")
          .item(item("PK", "a", "SK", "b", "x", 2)).returnValues(ReturnValue.ALL_OLD).build());
      assertThat(old.attributes()).isEqualTo(item("PK", "a", "SK", "b", "x", 1));
    }

    @Test
    void conditionFailureReturnsOldItemWhenAsked() {
      put(item("PK", "a", "SK", "b", "x", 1));
      assertThatThrownBy(() -> engine.putItem(PutItemRequest.builder().tableName("Shop")
              .item(item("PK", "a", "SK", "b")).conditionExpression("attribute_not_exists(PK)")
              .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
              .build()))
          .isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("The conditional request failed");
            assertThat(e.item()).contains(item("PK", "a", "SK", "b", "x", 1));
          });
    }

    @Test
    void updateCreatesItemAndReturnsUpdatedNew() {
      var r = engine.updateItem(UpdateItemRequest.builder().tableName("Shop")
          .key(item("PK", "a", "SK", "b")).updateExpression("SET x = :one ADD c :one")
          .expressionAttributeValues(item(":one", 1)).returnValues(ReturnValue.UPDATED_NEW)
          .build());
      assertThat(r.attributes()).isEqualTo(item("x", 1, "c", 1));
      assertThat(get("a", "b")).isEqualTo(item("PK", "a", "SK", "b", "x", 1, "c", 1));
    }

    @Test
    void updateAllOldAndUpdatedOld() {
      put(item("PK", "a", "SK", "b", "x", 1, "y", 2));
      var r = engine.updateItem(UpdateItemRequest.builder().tableName("Shop")
          .key(item("PK", "a", "SK", "b")).updateExpression("SET x = :v")
          .expressionAttributeValues(item(":v", 5)).returnValues(ReturnValue.UPDATED_OLD)
          .build());
      assertThat(r.attributes()).isEqualTo(item("x", 1));
    }

    @Test
    void legacyAttributeUpdatesAndExpected() {
      put(item("PK", "a", "SK", "b", "n", 1));
      engine.updateItem(UpdateItemRequest.builder().tableName("Shop")
          .key(item("PK", "a", "SK", "b"))
          .attributeUpdates(Map.of("n", new dev.keyway.ops.AttributeValueUpdate(n(2),
              dev.keyway.ops.AttributeAction.ADD)))
          .expected(Map.of("n", new dev.keyway.ops.ExpectedAttributeValue(n(1), null, null, null)))
          .build());
      assertThat(get("a", "b").get("n")).isEqualTo(n(3));
    }

    @Test
    void deleteWithCondition() {
      put(item("PK", "a", "SK", "b", "x", 1));
      assertThatThrownBy(() -> engine.deleteItem(DeleteItemRequest.builder().tableName("Shop")
              .key(item("PK", "a", "SK", "b")).conditionExpression("x = :v")
              .expressionAttributeValues(item(":v", 2)).build()))
          .isInstanceOf(ConditionalCheckFailedException.class);
      var r = engine.deleteItem(DeleteItemRequest.builder().tableName("Shop")
          .key(item("PK", "a", "SK", "b")).returnValues(ReturnValue.ALL_OLD).build());
      assertThat(r.attributes()).containsEntry("x", n(1));
      assertThat(get("a", "b")).isNull();
    }

    @Test
    void projectionOnGet() {
      put(item("PK", "a", "SK", "b", "x", 1, "y", 2));
      var r = engine.getItem(GetItemRequest.builder().tableName("Shop")
          .key(item("PK", "a", "SK", "b")).projectionExpression("#y")
          .expressionAttributeNames(names("#y", "y")).build());
      assertThat(r.item()).isEqualTo(item("y", 2));
    }
  }
}
