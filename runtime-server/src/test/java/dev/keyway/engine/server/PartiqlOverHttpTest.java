package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementErrorCodeEnum;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** PartiQL through the real AWS SDK v2 client, over HTTP: typed errors, paging, parameters. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartiqlOverHttpTest {
  private Engine engine;
  private KeywayServer server;
  private DynamoDbClient client;

  @BeforeAll
  void start() {
    engine = Engine.inMemory();
    server = KeywayServer.start(engine, ServerConfig.defaults(0));
    client = TestServers.sdkClient(server);
    client.createTable(TestServers.table("Songs"));
    for (int n = 0; n < 7; n++) {
      int i = n;
      client.executeStatement(b -> b.statement("INSERT INTO Songs VALUE {'PK':'a','SK':?,'n':?}")
          .parameters(AttributeValue.fromS("s" + i), AttributeValue.fromN(Integer.toString(i))));
    }
  }

  @AfterAll
  void stop() {
    client.close();
    server.close();
    engine.close();
  }

  @Test
  void pagesFollowNextToken() {
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String next = token;
      ExecuteStatementResponse page = client.executeStatement(b -> b
          .statement("SELECT SK FROM Songs WHERE PK = 'a'").limit(3).nextToken(next)
          .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
      page.items().forEach(i -> seen.add(i.get("SK").s()));
      assertThat(page.consumedCapacity().capacityUnits()).isEqualTo(0.5);
      token = page.nextToken();
      pages++;
    } while (token != null);
    assertThat(seen).containsExactly("s0", "s1", "s2", "s3", "s4", "s5", "s6");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void aDuplicateInsertIsTheSdksDuplicateItemException() {
    assertThatThrownBy(() -> client.executeStatement(b -> b
        .statement("INSERT INTO Songs VALUE {'PK':'a','SK':'s0'}")))
        .isInstanceOfSatisfying(DuplicateItemException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("DuplicateItemException");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Duplicate primary key exists in table");
          assertThat(e.statusCode()).isEqualTo(400);
        });
  }

  @Test
  void aFailedConditionReturnsTheItemWhenAsked() {
    assertThatThrownBy(() -> client.executeStatement(b -> b
        .statement("UPDATE Songs SET n = 0 WHERE PK = 'a' AND SK = 's1' AND n > 5")
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
        .isInstanceOfSatisfying(ConditionalCheckFailedException.class,
            e -> assertThat(e.item()).containsEntry("n", AttributeValue.fromN("1")));
  }

  @Test
  void binaryParametersRoundTrip() {
    SdkBytes bytes = SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 255});
    client.executeStatement(b -> b.statement("INSERT INTO Songs VALUE {'PK':'bin','SK':'x','b':?,'bs':?}")
        .parameters(AttributeValue.fromB(bytes), AttributeValue.fromBs(List.of(bytes))));
    Map<String, AttributeValue> item = client.executeStatement(b -> b
        .statement("SELECT b, bs FROM Songs WHERE PK = 'bin' AND SK = 'x'")).items().get(0);
    assertThat(item.get("b").b()).isEqualTo(bytes);
    assertThat(item.get("bs").bs()).containsExactly(bytes);
  }

  @Test
  void batchErrorsAreTypedPerStatement() {
    BatchExecuteStatementResponse r = client.batchExecuteStatement(b -> b.statements(
        BatchStatementRequest.builder().statement("INSERT INTO Songs VALUE {'PK':'batch','SK':'1'}").build(),
        BatchStatementRequest.builder().statement("INSERT INTO Songs VALUE {'PK':'a','SK':'s0'}").build()));
    assertThat(r.responses().get(0).error()).isNull();
    assertThat(r.responses().get(0).tableName()).isEqualTo("Songs");
    assertThat(r.responses().get(1).error().code()).isEqualTo(BatchStatementErrorCodeEnum.DUPLICATE_ITEM);
    assertThat(r.responses().get(1).error().message()).isEqualTo("Duplicate primary key exists in table");
  }

  @Test
  void aCancelledTransactionGivesReasonsAndWritesNothing() {
    assertThatThrownBy(() -> client.executeTransaction(b -> b.transactStatements(
        ParameterizedStatement.builder().statement("INSERT INTO Songs VALUE {'PK':'tx','SK':'1'}").build(),
        ParameterizedStatement.builder().statement("INSERT INTO Songs VALUE {'PK':'a','SK':'s0'}").build())))
        .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
          assertThat(e.cancellationReasons()).extracting(CancellationReason::code)
              .containsExactly("None", "DuplicateItem");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Transaction cancelled, please "
              + "refer cancellation reasons for specific reasons [None, DuplicateItem]");
        });
    assertThat(client.executeStatement(b -> b.statement("SELECT * FROM Songs WHERE PK = 'tx'"))
        .items()).isEmpty();
  }
}
