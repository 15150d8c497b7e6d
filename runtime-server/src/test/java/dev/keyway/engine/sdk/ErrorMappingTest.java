package dev.keyway.engine.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ScriptedBackend;
import dev.keyway.engine.server.ServerConfig;
import dev.keyway.engine.server.TestServers;
import dev.keyway.error.CancellationReason;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.InternalServerError;
import dev.keyway.error.ProvisionedThroughputExceededException;
import dev.keyway.error.TransactionCanceledException;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.spi.Backend;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Keyway errors reach SDK users as the SDK's own exception types with DynamoDB's code, message and
 * status, the same way over HTTP and through the in-process {@link KeywayDynamoDbClient}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorMappingTest {
  private final ScriptedBackend.Script script = new ScriptedBackend.Script();
  private Engine engine;
  private KeywayServer server;
  private DynamoDbClient overHttp;
  private DynamoDbClient inProcess;

  @BeforeAll
  void start() {
    engine = Engine.inMemory();
    Backend backend = ScriptedBackend.of(engine, script);
    server = KeywayServer.start(backend, ServerConfig.defaults(0));
    overHttp = TestServers.sdkClient(server);
    inProcess = KeywayDynamoDbClient.of(backend);
  }

  @AfterAll
  void stop() {
    overHttp.close();
    server.close();
    engine.close();
  }

  @BeforeEach
  void reset() {
    script.clear();
  }

  Stream<Arguments> clients() {
    return Stream.of(Arguments.of("http", overHttp), Arguments.of("in-process", inProcess));
  }

  private static final Map<String, AttributeValue> OLD = Map.of("PK", AttributeValue.s("a"), "v", AttributeValue.n(7));

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void conditionalCheckFailedCarriesTheItem(String name, DynamoDbClient client) {
    script.on("putItem", r -> {
      throw new ConditionalCheckFailedException(ConditionalCheckFailedException.DEFAULT_MESSAGE, OLD);
    });
    assertThatThrownBy(() -> client.putItem(b -> b.tableName("T").item(Map.of())))
        .isInstanceOfSatisfying(
            software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ConditionalCheckFailedException");
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The conditional request failed");
              assertThat(e.item())
                  .containsEntry("v", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("7"));
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void transactionCanceledCarriesReasons(String name, DynamoDbClient client) {
    script.on("transactWriteItems", r -> {
      throw new TransactionCanceledException(List.of(CancellationReason.NONE, CancellationReason.conditionalCheckFailed(OLD)));
    });
    assertThatThrownBy(
            () -> client.transactWriteItems(
                b -> b.transactItems(TransactWriteItem.builder().put(Put.builder().tableName("T").item(Map.of()).build()).build())))
        .isInstanceOfSatisfying(
            software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo("Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]");
              assertThat(e.cancellationReasons()).hasSize(2);
              assertThat(e.cancellationReasons().get(0).code()).isEqualTo("None");
              assertThat(e.cancellationReasons().get(1).code()).isEqualTo("ConditionalCheckFailed");
              assertThat(e.cancellationReasons().get(1).message()).isEqualTo("The conditional request failed");
              assertThat(e.cancellationReasons().get(1).item()).containsKey("v");
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void validationExceptionHasNoSdkClassButKeepsItsCode(String name, DynamoDbClient client) {
    script.on("getItem", r -> {
      throw new ValidationException("The provided key element does not match the schema");
    });
    assertThatThrownBy(() -> client.getItem(b -> b.tableName("T").key(Map.of())))
        .isExactlyInstanceOf(DynamoDbException.class)
        .satisfies(
            t -> {
              DynamoDbException e = (DynamoDbException) t;
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The provided key element does not match the schema");
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void throttlingAndServerErrorsKeepTheirStatus(String name, DynamoDbClient client) {
    script.on("scan", r -> {
      throw new ProvisionedThroughputExceededException("The level of configured provisioned throughput for the table was exceeded.");
    });
    assertThatThrownBy(() -> client.scan(b -> b.tableName("T")))
        .isInstanceOfSatisfying(
            software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException.class,
            e -> assertThat(e.statusCode()).isEqualTo(400));
    script.on("query", r -> {
      throw new InternalServerError("Internal server error");
    });
    assertThatThrownBy(() -> client.query(b -> b.tableName("T")))
        .isInstanceOfSatisfying(
            software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException.class,
            e -> assertThat(e.statusCode()).isEqualTo(500));
  }
}
