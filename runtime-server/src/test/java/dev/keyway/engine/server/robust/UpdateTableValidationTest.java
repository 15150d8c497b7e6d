package dev.keyway.engine.server.robust;

import static dev.keyway.engine.server.robust.WireClient.nullAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 9 (4): UpdateTable validates the whole request before it changes anything. Each case is a
 * request that used to answer 200 with a nameless index, or 500 after saving half a change; now it
 * is DynamoDB's ValidationException and DescribeTable answers exactly as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpdateTableValidationTest {
  private Engine engine;
  private KeywayServer server;
  private WireClient wire;
  private String before;

  @BeforeAll
  void start() throws Exception {
    engine = Engine.inMemory();
    server = KeywayServer.start(engine, ServerConfig.defaults(0));
    wire = new WireClient(server);
    wire.ok("CreateTable", """
        {"TableName":"Prov","ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":5},
         "AttributeDefinitions":[{"AttributeName":"PK","AttributeType":"S"},
           {"AttributeName":"GPK","AttributeType":"S"}],
         "KeySchema":[{"AttributeName":"PK","KeyType":"HASH"}],
         "GlobalSecondaryIndexes":[{"IndexName":"GSI1",
           "KeySchema":[{"AttributeName":"GPK","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"},
           "ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":5}}]}""");
  }

  @AfterAll
  void stop() {
    server.close();
    engine.close();
  }

  @BeforeEach
  void remember() throws Exception {
    before = describe();
  }

  @AfterEach
  void nothingChanged() throws Exception {
    assertThat(describe()).isEqualTo(before);
  }

  private String describe() throws Exception {
    return wire.ok("DescribeTable", "{\"TableName\":\"Prov\"}");
  }

  @Test
  void gsiCreateWithoutIndexName() throws Exception {
    wire.assertValidation("UpdateTable", """
        {"TableName":"Prov","AttributeDefinitions":[{"AttributeName":"X","AttributeType":"S"}],
         "GlobalSecondaryIndexUpdates":[{"Create":{
           "KeySchema":[{"AttributeName":"X","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"},
           "ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}}}]}""",
        nullAt("globalSecondaryIndexUpdates.1.member.create.indexName"));
  }

  @Test
  void gsiCreateWithoutKeySchemaOrProjection() throws Exception {
    wire.assertValidation("UpdateTable", """
        {"TableName":"Prov","GlobalSecondaryIndexUpdates":[{"Create":{"IndexName":"Gsi2",
           "ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}}}]}""",
        "2 validation errors detected: Value null at "
            + "'globalSecondaryIndexUpdates.1.member.create.keySchema' failed to satisfy constraint: "
            + "Member must not be null; Value null at "
            + "'globalSecondaryIndexUpdates.1.member.create.projection' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void gsiCreateWithoutProjectionType() throws Exception {
    wire.assertValidation("UpdateTable", """
        {"TableName":"Prov","AttributeDefinitions":[{"AttributeName":"X","AttributeType":"S"}],
         "GlobalSecondaryIndexUpdates":[{"Create":{"IndexName":"Gsi2",
           "KeySchema":[{"AttributeName":"X","KeyType":"HASH"}],"Projection":{},
           "ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}}}]}""",
        "One or more parameter values were invalid: Unknown ProjectionType: null");
  }

  @Test
  void throughputWithoutReadCapacityUnits() throws Exception {
    wire.assertValidation("UpdateTable",
        "{\"TableName\":\"Prov\",\"ProvisionedThroughput\":{\"WriteCapacityUnits\":7}}",
        nullAt("provisionedThroughput.readCapacityUnits"));
  }

  @Test
  void gsiUpdateWithoutReadCapacityUnits() throws Exception {
    wire.assertValidation("UpdateTable", """
        {"TableName":"Prov","GlobalSecondaryIndexUpdates":[{"Update":{"IndexName":"GSI1",
           "ProvisionedThroughput":{"WriteCapacityUnits":7}}}]}""",
        nullAt("globalSecondaryIndexUpdates.1.member.update.provisionedThroughput.readCapacityUnits"));
  }

  @Test
  void gsiUpdateWithoutThroughput() throws Exception {
    wire.assertValidation("UpdateTable",
        "{\"TableName\":\"Prov\",\"GlobalSecondaryIndexUpdates\":[{\"Update\":{\"IndexName\":\"GSI1\"}}]}",
        nullAt("globalSecondaryIndexUpdates.1.member.update.provisionedThroughput"));
  }

  @Test
  void throughputOfZero() throws Exception {
    wire.assertValidation("UpdateTable", """
        {"TableName":"Prov","ProvisionedThroughput":{"ReadCapacityUnits":0,"WriteCapacityUnits":-3}}""",
        "2 validation errors detected: Value '-3' at 'provisionedThroughput.writeCapacityUnits' "
            + "failed to satisfy constraint: Member must have value greater than or equal to 1; "
            + "Value '0' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 1");
  }

  @Test
  void throughputAboveDynamoDbsBound() throws Exception {
    wire.assertValidation("UpdateTable", """
        {"TableName":"Prov","ProvisionedThroughput":{"ReadCapacityUnits":1000000000001,"WriteCapacityUnits":5}}""",
        "Given value 1000000000001 for ReadCapacityUnits is out of bounds");
  }

  @Test
  void indexThroughputAboveDynamoDbsBound() throws Exception {
    wire.assertValidation("UpdateTable", """
        {"TableName":"Prov","GlobalSecondaryIndexUpdates":[{"Update":{"IndexName":"GSI1",
           "ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":1000000000001}}}]}""",
        "This operation cannot be performed with given input values. Please contact DynamoDB "
            + "service team for more info: Action Blocked: IndexUpdate");
  }

  /** Behaving like DynamoDB: an UpdateTable that would change nothing is refused. */
  @Test
  void sameThroughputAsProvisioned() throws Exception {
    wire.assertValidation("UpdateTable", """
        {"TableName":"Prov","ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":5}}""",
        "The provisioned throughput for the table will not change. The requested value equals the "
            + "current value. Current ReadCapacityUnits provisioned for the table: 5. Requested "
            + "ReadCapacityUnits: 5. Current WriteCapacityUnits provisioned for the table: 5. "
            + "Requested WriteCapacityUnits: 5. Refer to the Amazon DynamoDB Developer Guide for "
            + "current limits and how to request higher limits.");
  }

  @Test
  void sameIndexThroughputAsProvisioned() throws Exception {
    wire.assertValidation("UpdateTable", """
        {"TableName":"Prov","GlobalSecondaryIndexUpdates":[{"Update":{"IndexName":"GSI1",
           "ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":5}}}]}""",
        "The provisioned throughput for the table will not change. The requested value equals the "
            + "current value. Current ReadCapacityUnits provisioned for the table: 5. Requested "
            + "ReadCapacityUnits: 5. Current WriteCapacityUnits provisioned for the table: 5. "
            + "Requested WriteCapacityUnits: 5. Refer to the Amazon DynamoDB Developer Guide for "
            + "current limits and how to request higher limits.");
  }

  @Test
  void indexUpdateWithNoAction() throws Exception {
    wire.assertValidation("UpdateTable",
        "{\"TableName\":\"Prov\",\"GlobalSecondaryIndexUpdates\":[{}]}",
        "One or more parameter values were invalid: One of GlobalSecondaryIndexUpdate.Update, "
            + "GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null");
  }

  @Test
  void twoUpdatesOfOneIndex() throws Exception {
    wire.assertValidation("UpdateTable", """
        {"TableName":"Prov","GlobalSecondaryIndexUpdates":[
          {"Update":{"IndexName":"GSI1","ProvisionedThroughput":{"ReadCapacityUnits":6,"WriteCapacityUnits":6}}},
          {"Update":{"IndexName":"GSI1","ProvisionedThroughput":{"ReadCapacityUnits":7,"WriteCapacityUnits":7}}}]}""",
        "One or more parameter values were invalid: Only one global secondary index update per "
            + "index is allowed simultaneously. Index: GSI1");
  }

  /** A valid first change is not applied when a later one in the same request is invalid. */
  @Test
  void anInvalidCreateAfterAValidUpdateChangesNothing() throws Exception {
    wire.assertValidation("UpdateTable", """
        {"TableName":"Prov","ProvisionedThroughput":{"ReadCapacityUnits":9,"WriteCapacityUnits":9},
         "GlobalSecondaryIndexUpdates":[
          {"Update":{"IndexName":"GSI1","ProvisionedThroughput":{"ReadCapacityUnits":9,"WriteCapacityUnits":9}}},
          {"Create":{"IndexName":"Gsi2","KeySchema":[{"AttributeName":"Nope","KeyType":"HASH"}],
            "Projection":{"ProjectionType":"ALL"},
            "ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}}}]}""",
        "One or more parameter values were invalid: Some index key attributes are not defined in "
            + "AttributeDefinitions. Keys: [Nope], AttributeDefinitions: [PK, GPK]");
  }

  @Test
  void anUpdateOfAMissingIndexAfterACreateChangesNothing() throws Exception {
    HttpAnswer.assertStatus(wire.post("UpdateTable", """
        {"TableName":"Prov","AttributeDefinitions":[{"AttributeName":"X","AttributeType":"S"}],
         "GlobalSecondaryIndexUpdates":[
          {"Create":{"IndexName":"Gsi2","KeySchema":[{"AttributeName":"X","KeyType":"HASH"}],
            "Projection":{"ProjectionType":"ALL"},
            "ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}}},
          {"Update":{"IndexName":"Missing","ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}}}]}"""),
        400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
            + "\"message\":\"Requested resource not found\"}");
  }
}
