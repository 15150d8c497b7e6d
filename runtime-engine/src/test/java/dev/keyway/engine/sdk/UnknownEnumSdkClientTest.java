package dev.keyway.engine.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

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
      assertThatThrownBy(() -> client.getItem(get))
          .isInstanceOfSatisfying(DynamoDbException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("4 validation errors detected:"
                + " Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must"
                + " satisfy enum value set: [INDEXES, TOTAL, NONE]; Value 'a;' at 'tableName' failed"
                + " to satisfy constraint: Member must satisfy regular expression pattern:"
                + " [a-zA-Z0-9_.-]+; Value 'a;' at 'tableName' failed to satisfy constraint: Member"
                + " must have length greater than or equal to 3; Value null at 'key' failed to"
                + " satisfy constraint: Member must not be null");
          });
    }
  }

  @Test
  void nestedEnumValuesAreNamedByTheirPath() {
    try (KeywayDynamoDbClient client = KeywayDynamoDbClient.owning(Engine.inMemory())) {
      QueryRequest query = QueryRequest.builder().tableName("Tbl").keyConditions(Map.of("pk",
          Condition.builder().comparisonOperator("ALMOST").attributeValueList(
              AttributeValue.fromS("a")).build())).build();
      assertThatThrownBy(() -> client.query(query))
          .isInstanceOfSatisfying(DynamoDbException.class, e ->
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error"
                  + " detected: Value 'ALMOST' at 'keyConditions.pk.member.comparisonOperator'"
                  + " failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL,"
                  + " BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE,"
                  + " CONTAINS]"));
    }
  }
}
