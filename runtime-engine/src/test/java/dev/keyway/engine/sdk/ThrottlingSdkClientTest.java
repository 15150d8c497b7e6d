package dev.keyway.engine.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.engine.capacity.ProvisionedTables;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;

/** The in-process SDK client throws the SDK's throttling exception with its reasons. */
class ThrottlingSdkClientTest {
  @Test
  void throttlingReasonsReachTheSdkException() {
    Engine engine = Engine.builder().clock(new ManualClock(Instant.parse("2026-01-01T00:00:00Z")))
        .throttling(true).build();
    engine.createTable(ProvisionedTables.provisioned("Tbl", 1, 1));
    try (KeywayDynamoDbClient client = KeywayDynamoDbClient.owning(engine)) {
      PutItemRequest put = PutItemRequest.builder().tableName("Tbl").item(Map.of(
          "PK", AttributeValue.fromS("a"), "SK", AttributeValue.fromS("s"))).build();
      client.putItem(put);
      assertThatThrownBy(() -> client.putItem(put))
          .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e ->
              assertThat(e.throttlingReasons()).containsExactly(ThrottlingReason.builder()
                  .reason("TableWriteProvisionedThroughputExceeded")
                  .resource("arn:aws:dynamodb:us-east-1:000000000000:table/Tbl").build()));
    }
  }
}
