package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;

/** The AWS SDK reads a throttled request's ThrottlingReasons from the server's error body. */
class ThrottlingSdkTest {
  @Test
  void theSdkSeesProvisionedThroughputExceededWithItsReasons() {
    try (Engine engine = Engine.builder().throttling(true).build();
        KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0));
        DynamoDbClient client = TestServers.sdkClient(server)) {
      client.createTable(TestServers.table("Tbl").toBuilder().billingMode(BillingMode.PROVISIONED)
          .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(1L)
              .writeCapacityUnits(1L).build()).build());
      // 293 write units of the 1 per second: the next write is refused for minutes
      client.putItem(PutItemRequest.builder().tableName("Tbl").item(Map.of(
          "PK", AttributeValue.fromS("a"), "SK", AttributeValue.fromS("s"),
          "v", AttributeValue.fromS("x".repeat(300_000)))).build());
      assertThatThrownBy(() -> client.putItem(PutItemRequest.builder().tableName("Tbl").item(Map.of(
          "PK", AttributeValue.fromS("b"), "SK", AttributeValue.fromS("s"))).build()))
          .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> {
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The level of configured "
                + "provisioned throughput for the table was exceeded. Consider increasing your "
                + "provisioning level with the UpdateTable API.");
            assertThat(e.throttlingReasons()).containsExactly(ThrottlingReason.builder()
                .reason("TableWriteProvisionedThroughputExceeded")
                .resource("arn:aws:dynamodb:us-east-1:000000000000:table/Tbl").build());
          });
    }
  }
}
