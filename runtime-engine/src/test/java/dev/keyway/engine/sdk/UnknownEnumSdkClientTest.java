package dev.keyway.engine.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * The SDK keeps any string in an enum member; the in-process client refuses one outside the set as
 * DynamoDB does, gathered with the request's other constraint violations, instead of dropping it.
 */
class UnknownEnumSdkClientTest {
  @Test
  void anUnknownEnumValueIsGatheredWithTheOtherViolations() {
    try (KeywayDynamoDbClient client = KeywayDynamoDbClient.owning(Engine.inMemory())) {
      GetItemRequest get = GetItemRequest.builder().tableName("a;").returnConsumedCapacity("hi")
          .build();
      assertRefused(() -> client.getItem(get),
          "4 validation errors detected:"
          + " Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must"
          + " satisfy enum value set: [INDEXES, TOTAL, NONE]; Value 'a;' at 'tableName' failed"
          + " to satisfy constraint: Member must satisfy regular expression pattern:"
          + " [a-zA-Z0-9_.-]+; Value 'a;' at 'tableName' failed to satisfy constraint: Member"
          + " must have length greater than or equal to 3; Value null at 'key' failed to"
          + " satisfy constraint: Member must not be null");
    }
  }

  @Test
  void nestedEnumValuesAreNamedByTheirPath() {
    try (KeywayDynamoDbClient client = KeywayDynamoDbClient.owning(Engine.inMemory())) {
      QueryRequest query = QueryRequest.builder().tableName("Tbl").keyConditions(Map.of("pk",
          Condition.builder().comparisonOperator("ALMOST").attributeValueList(
              AttributeValue.fromS("a")).build())).build();
      assertRefused(() -> client.query(query),
          "1 validation error"
          + " detected: Value 'ALMOST' at 'keyConditions.pk.member.comparisonOperator'"
          + " failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL,"
          + " BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE,"
          + " CONTAINS]");
    }
  }

  @Test
  void aTransactionActionsEnumValueIsGatheredWithItsOtherViolations() {
    try (KeywayDynamoDbClient client = KeywayDynamoDbClient.owning(Engine.inMemory())) {
      TransactWriteItem put = TransactWriteItem.builder().put(Put.builder().tableName("bad!name")
          .returnValuesOnConditionCheckFailure("hi").build()).build();
      TransactWriteItemsRequest write = TransactWriteItemsRequest.builder()
          .transactItems(TransactWriteItem.builder().put(Put.builder().tableName("Missing")
              .item(Map.of("pk", AttributeValue.fromS("a"))).build()).build(), put)
          .build();
      assertRefused(() -> client.transactWriteItems(write),
          "3 validation errors"
          + " detected: Value 'hi' at"
          + " 'transactItems.2.member.put.returnValuesOnConditionCheckFailure' failed to"
          + " satisfy constraint: Member must satisfy enum value set: [ALL_OLD, NONE];"
          + " Value 'bad!name' at 'transactItems.2.member.put.tableName' failed to satisfy"
          + " constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+;"
          + " Value null at 'transactItems.2.member.put.item' failed to satisfy"
          + " constraint: Member must not be null");
    }
  }

  @Test
  void partiqlAndBackupRequestsGatherTheirEnumValuesToo() {
    try (KeywayDynamoDbClient client = KeywayDynamoDbClient.owning(Engine.inMemory())) {
      ExecuteStatementRequest statement = ExecuteStatementRequest.builder().statement("")
          .returnValuesOnConditionCheckFailure("hi").build();
      assertRefused(() -> client.executeStatement(statement),
          "2 validation errors"
          + " detected: Value 'hi' at 'returnValuesOnConditionCheckFailure' failed to"
          + " satisfy constraint: Member must satisfy enum value set: [ALL_OLD, NONE];"
          + " Value '' at 'statement' failed to satisfy constraint: Member must have"
          + " length greater than or equal to 1");
      ListBackupsRequest list = ListBackupsRequest.builder().backupType("hi").limit(101).build();
      assertRefused(() -> client.listBackups(list),
          "2 validation errors"
          + " detected: Value 'hi' at 'backupType' failed to satisfy constraint: Member"
          + " must satisfy enum value set: [USER, SYSTEM, AWS_BACKUP, ALL]; Value '101' at"
          + " 'limit' failed to satisfy constraint: Member must have value less than or"
          + " equal to 100");
    }
  }

  /** {@code call} is refused with a ValidationException carrying exactly {@code message}. */
  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(DynamoDbException.class, e -> {
      assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
      assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
    });
  }
}
