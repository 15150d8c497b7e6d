package dev.keyway.docs.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.aws.AwsBackend;
import dev.keyway.engine.Engine;
import dev.keyway.engine.sdk.KeywayDynamoDbClient;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.PutItemResponse;
import dev.keyway.spi.Backend;
import dev.keyway.spi.Interceptor;
import dev.keyway.spi.Interceptors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** docs/backends.md: the Backend SPI, its implementations and interceptors. */
class BackendsExampleTest {
  private final Customer ann = new Customer("ann", "ann@example.com", "Ann", Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void aBackendTakesAndReturnsTheOperationsRecords() {
    Customer customer = ann;
    try (Engine backend = Engine.inMemory()) {
      Shop.connect(backend).createTableIfAbsent();
      // snippet:start put-item
      Map<String, AttributeValue> item = CustomerSchema.INSTANCE.toItem(customer);   // a generated mapper
      PutItemResponse response = backend.putItem(PutItemRequest.builder()
          .tableName("Shop")
          .item(item)
          .conditionExpression("attribute_not_exists(#pk)")
          .expressionAttributeNames(Map.of("#pk", "PK"))
          .build());
      // snippet:end put-item
      assertEquals(null, response.attributes());
      assertThrows(ConditionalCheckFailedException.class, () -> backend.putItem(PutItemRequest.builder()
          .tableName("Shop").item(item).conditionExpression("attribute_not_exists(#pk)")
          .expressionAttributeNames(Map.of("#pk", "PK")).build()));
    }
  }

  @Test
  void theEngineInProcess() {
    // snippet:start in-process
    try (Engine engine = Engine.inMemory()) {
      Shop shop = Shop.connect(engine);
      shop.createTableIfAbsent();
      shop.customers().put(new Customer("ann", "ann@example.com", "Ann", Instant.now()));
      // snippet:end in-process
      assertEquals("Ann", shop.customers().get("ann").orElseThrow().name());
      // snippet:start in-process
    }
    // snippet:end in-process
  }

  /** Compiled only: it needs AWS credentials and a region. */
  static Shop onAws() {
    // snippet:start aws
    DynamoDbClient client = DynamoDbClient.create();          // region and credentials as usual
    Shop shop = Shop.connect(AwsBackend.of(client));          // AwsBackend.owning(client) closes it too
    // snippet:end aws
    return shop;
  }

  @Test
  void theSdkOverTheEngine() {
    // snippet:start sdk-client
    DynamoDbClient client = KeywayDynamoDbClient.owning(Engine.inMemory());
    DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    // snippet:end sdk-client
    Shop.connect(AwsBackend.owning(client)).createTableIfAbsent();
    assertEquals(List.of("Shop"), client.listTables().tableNames());
    client.close();
  }

  @Test
  void interceptorsSeeEveryCall() {
    List<String> calls = new ArrayList<>();
    Interceptor timing = new Interceptor() {
      @Override
      public <Q extends Record, R> R intercept(Chain<Q, R> chain) {
        calls.add(chain.operation().name());
        return chain.proceed(chain.request());
      }
    };
    Interceptor accessControl = new Interceptor() {
      @Override
      public <Q extends Record, R> R intercept(Chain<Q, R> chain) {
        return chain.proceed(chain.request());
      }
    };
    // snippet:start interceptors
    Backend backend = Interceptors.of(timing, accessControl).wrap(Engine.inMemory());
    // snippet:end interceptors
    Shop.connect(backend).createTableIfAbsent();
    assertTrue(calls.contains("CreateTable"), calls.toString());
  }
}
