package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The real AWS SDK v2 client against the server over HTTP: every operation, errors and paging. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkOverHttpTest {
  private Engine engine;
  private KeywayServer server;
  private DynamoDbClient client;

  @BeforeAll
  void start() {
    engine = Engine.inMemory();
    server = KeywayServer.start(engine, ServerConfig.defaults(0));
    client = TestServers.sdkClient(server);
  }

  @AfterAll
  void stop() {
    client.close();
    server.close();
    engine.close();
  }

  private static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk));
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Tables {
    @Test
    void createDescribeUpdateListDelete() {
      var created = client.createTable(TestServers.table("T_tables").toBuilder().build()).tableDescription();
      assertThat(created.tableName()).isEqualTo("T_tables");
      assertThat(created.creationDateTime()).isNotNull();
      var described = client.describeTable(b -> b.tableName("T_tables")).table();
      assertThat(described.tableStatus()).isEqualTo(TableStatus.ACTIVE);
      assertThat(described.keySchema()).hasSize(2);
      assertThat(client.listTables().tableNames()).contains("T_tables");
      client.updateTimeToLive(b -> b.tableName("T_tables").timeToLiveSpecification(s -> s.enabled(true).attributeName("ttl")));
      assertThat(client.describeTimeToLive(b -> b.tableName("T_tables")).timeToLiveDescription().attributeName())
          .isEqualTo("ttl");
      String arn = described.tableArn();
      client.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("team").value("core").build()));
      assertThat(client.listTagsOfResource(b -> b.resourceArn(arn)).tags())
          .containsExactly(Tag.builder().key("team").value("core").build());
      client.untagResource(b -> b.resourceArn(arn).tagKeys("team"));
      assertThat(client.listTagsOfResource(b -> b.resourceArn(arn)).tags()).isEmpty();
      client.updateTable(b -> b.tableName("T_tables").billingMode("PROVISIONED").provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)));
      assertThat(client.describeTable(b -> b.tableName("T_tables")).table().provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
      assertThat(client.describeLimits().tableMaxReadCapacityUnits()).isPositive();
      assertThat(client.describeEndpoints().endpoints()).isNotEmpty();
      client.deleteTable(b -> b.tableName("T_tables"));
      assertThatThrownBy(() -> client.describeTable(b -> b.tableName("T_tables")))
          .isInstanceOfSatisfying(
              ResourceNotFoundException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Requested resource not found: Table: T_tables not found");
              });
    }

    @Test
    void listTablesPages() {
      for (int i = 0; i < 5; i++) {
        client.createTable(TestServers.table("P_page" + i));
      }
      List<String> names = new ArrayList<>();
      client.listTablesPaginator(b -> b.exclusiveStartTableName("P_a").limit(2)).tableNames().forEach(names::add);
      assertThat(names).containsSubsequence("P_page0", "P_page1", "P_page2", "P_page3", "P_page4");
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Items {
    @BeforeAll
    void table() {
      client.createTable(TestServers.table("Items"));
    }

    @Test
    void putGetUpdateDeleteWithEveryAttributeType() {
      Map<String, AttributeValue> item = new java.util.HashMap<>(key("u1", "profile"));
      item.put("s", AttributeValue.fromS("text ü"));
      item.put("n", AttributeValue.fromN("12.50"));
      item.put("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, 3})));
      item.put("bool", AttributeValue.fromBool(true));
      item.put("nul", AttributeValue.fromNul(true));
      item.put("l", AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromN("1"))));
      item.put("m", AttributeValue.fromM(Map.of("x", AttributeValue.fromS("y"))));
      item.put("ss", AttributeValue.fromSs(List.of("a", "b")));
      item.put("ns", AttributeValue.fromNs(List.of("1", "2")));
      item.put("bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("z"))));
      client.putItem(b -> b.tableName("Items").item(item));

      Map<String, AttributeValue> got = client.getItem(b -> b.tableName("Items").key(key("u1", "profile")).consistentRead(true)).item();
      Map<String, AttributeValue> expected = new java.util.HashMap<>(item);
      expected.put("n", AttributeValue.fromN("12.5")); // canonical number form
      assertThat(got).isEqualTo(expected);

      var updated =
          client.updateItem(
              b -> b.tableName("Items")
                  .key(key("u1", "profile"))
                  .attributeUpdates(
                      Map.of(
                          "s", AttributeValueUpdate.builder().action(AttributeAction.PUT).value(AttributeValue.fromS("new")).build(),
                          "n", AttributeValueUpdate.builder().action(AttributeAction.ADD).value(AttributeValue.fromN("1")).build()))
                  .returnValues(ReturnValue.UPDATED_NEW));
      assertThat(updated.attributes()).containsEntry("s", AttributeValue.fromS("new")).containsEntry("n", AttributeValue.fromN("13.5"));

      var deleted = client.deleteItem(b -> b.tableName("Items").key(key("u1", "profile")).returnValues(ReturnValue.ALL_OLD));
      assertThat(deleted.attributes()).containsEntry("s", AttributeValue.fromS("new"));
      assertThat(client.getItem(b -> b.tableName("Items").key(key("u1", "profile"))).hasItem()).isFalse();
    }

    @Test
    void failedConditionReturnsTheOldItem() {
      client.putItem(b -> b.tableName("Items").item(Map.of("PK", AttributeValue.fromS("c1"), "SK", AttributeValue.fromS("x"), "v", AttributeValue.fromN("1"))));
      assertThatThrownBy(
              () -> client.putItem(
                  b -> b.tableName("Items")
                      .item(key("c1", "x"))
                      .expected(Map.of("PK", ExpectedAttributeValue.builder().exists(false).build()))
                      .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
          .isInstanceOfSatisfying(
              ConditionalCheckFailedException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The conditional request failed");
                assertThat(e.item()).containsEntry("v", AttributeValue.fromN("1"));
              });
    }

    @Test
    void validationErrorsKeepCodeMessageAndStatus() {
      assertThatThrownBy(() -> client.putItem(b -> b.tableName("Items").item(Map.of("PK", AttributeValue.fromS("only-pk")))))
          .isInstanceOfSatisfying(
              DynamoDbException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("One or more parameter values were invalid: Missing the key SK in the item");
              });
    }

    @Test
    void queryAndScanPage() {
      for (int i = 0; i < 25; i++) {
        String sk = String.format("ORDER#%03d", i);
        client.putItem(b -> b.tableName("Items").item(Map.of("PK", AttributeValue.fromS("pager"), "SK", AttributeValue.fromS(sk))));
      }
      List<String> sks = new ArrayList<>();
      int pages = 0;
      for (QueryResponse page :
          client.queryPaginator(
              b -> b.tableName("Items")
                  .keyConditions(
                      Map.of(
                          "PK", Condition.builder().comparisonOperator(ComparisonOperator.EQ).attributeValueList(AttributeValue.fromS("pager")).build(),
                          "SK", Condition.builder().comparisonOperator(ComparisonOperator.BEGINS_WITH).attributeValueList(AttributeValue.fromS("ORDER#")).build()))
                  .limit(10)
                  .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))) {
        pages++;
        assertThat(page.consumedCapacity().capacityUnits()).isPositive();
        page.items().forEach(i -> sks.add(i.get("SK").s()));
      }
      assertThat(sks).hasSize(25).isSorted();
      assertThat(pages).isEqualTo(3);

      int scanned = 0;
      for (ScanResponse page : client.scanPaginator(b -> b.tableName("Items").limit(7))) {
        scanned += page.count();
      }
      assertThat(scanned).isGreaterThanOrEqualTo(25);
    }

    @Test
    void expressionsConditionsAndCancelledTransactions() {
      client.putItem(b -> b.tableName("Items").item(Map.of("PK", AttributeValue.fromS("x1"), "SK", AttributeValue.fromS("a"), "n", AttributeValue.fromN("1"))));
      var updated =
          client.updateItem(
              b -> b.tableName("Items")
                  .key(key("x1", "a"))
                  .updateExpression("SET #s = :v ADD n :one")
                  .conditionExpression("attribute_exists(PK)")
                  .expressionAttributeNames(Map.of("#s", "s"))
                  .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("new"), ":one", AttributeValue.fromN("1")))
                  .returnValues(ReturnValue.ALL_NEW));
      assertThat(updated.attributes()).containsEntry("s", AttributeValue.fromS("new")).containsEntry("n", AttributeValue.fromN("2"));
      QueryResponse q =
          client.query(
              b -> b.tableName("Items")
                  .keyConditionExpression("PK = :pk AND begins_with(SK, :p)")
                  .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("x1"), ":p", AttributeValue.fromS("a")))
                  .projectionExpression("n"));
      assertThat(q.items()).containsExactly(Map.of("n", AttributeValue.fromN("2")));

      assertThatThrownBy(
              () -> client.transactWriteItems(
                  b -> b.transactItems(
                      TransactWriteItem.builder().put(Put.builder().tableName("Items").item(key("x1", "b")).build()).build(),
                      TransactWriteItem.builder()
                          .conditionCheck(
                              ConditionCheck.builder()
                                  .tableName("Items")
                                  .key(key("x1", "a"))
                                  .conditionExpression("attribute_not_exists(PK)")
                                  .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                                  .build())
                          .build())))
          .isInstanceOfSatisfying(
              TransactionCanceledException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]");
                assertThat(e.cancellationReasons()).extracting(CancellationReason::code).containsExactly("None", "ConditionalCheckFailed");
                assertThat(e.cancellationReasons().get(1).item()).containsEntry("n", AttributeValue.fromN("2"));
              });
      assertThat(client.getItem(b -> b.tableName("Items").key(key("x1", "b"))).hasItem()).isFalse();
    }

    @Test
    void batchesAndTransactions() {
      client.batchWriteItem(
          b -> b.requestItems(
              Map.of(
                  "Items",
                  List.of(
                      WriteRequest.builder().putRequest(PutRequest.builder().item(key("batch", "1")).build()).build(),
                      WriteRequest.builder().putRequest(PutRequest.builder().item(key("batch", "2")).build()).build()))));
      BatchGetItemResponse got =
          client.batchGetItem(
              b -> b.requestItems(Map.of("Items", KeysAndAttributes.builder().keys(key("batch", "1"), key("batch", "2")).build())));
      assertThat(got.responses().get("Items")).hasSize(2);
      assertThat(got.unprocessedKeys()).isEmpty();

      client.transactWriteItems(
          b -> b.transactItems(
              TransactWriteItem.builder().put(Put.builder().tableName("Items").item(key("tx", "1")).build()).build(),
              TransactWriteItem.builder().put(Put.builder().tableName("Items").item(key("tx", "2")).build()).build()));
      var read =
          client.transactGetItems(
              b -> b.transactItems(
                  TransactGetItem.builder().get(g -> g.tableName("Items").key(key("tx", "1"))).build(),
                  TransactGetItem.builder().get(g -> g.tableName("Items").key(key("tx", "404"))).build()));
      assertThat(read.responses()).hasSize(2);
      assertThat(read.responses().get(0).item()).isEqualTo(key("tx", "1"));

    }
  }
}
