package dev.keyway.engine.server.robust;

import static dev.keyway.engine.server.robust.WireClient.nullAt;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 9 (5): a missing member inside a nested structure was an internal error (HTTP 500). It is
 * DynamoDB's constraint error naming the member by its path, e.g. "Value null at
 * 'attributeDefinitions.1.member.attributeName' failed to satisfy constraint: Member must not be
 * null"; list elements are numbered from 1 and map values are {@code name.member}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NullMemberWireTest {
  private Engine engine;
  private KeywayServer server;
  private WireClient wire;

  @BeforeAll
  void start() throws Exception {
    engine = Engine.inMemory();
    server = KeywayServer.start(engine, ServerConfig.defaults(0));
    wire = new WireClient(server);
    wire.ok("CreateTable", """
        {"TableName":"Items","BillingMode":"PAY_PER_REQUEST",
         "AttributeDefinitions":[{"AttributeName":"PK","AttributeType":"S"}],
         "KeySchema":[{"AttributeName":"PK","KeyType":"HASH"}]}""");
  }

  @AfterAll
  void stop() {
    server.close();
    engine.close();
  }

  private static String table(String definitions, String keySchema, String indexes) {
    return "{\"TableName\":\"New\",\"BillingMode\":\"PAY_PER_REQUEST\",\"AttributeDefinitions\":"
        + definitions + ",\"KeySchema\":" + keySchema + indexes + "}";
  }

  @Test
  void attributeDefinitionWithoutName() throws Exception {
    wire.assertValidation("CreateTable",
        table("[{\"AttributeType\":\"N\"}]", "[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"}]", ""),
        nullAt("attributeDefinitions.1.member.attributeName"));
  }

  @Test
  void emptyAttributeDefinition() throws Exception {
    wire.assertValidation("CreateTable",
        table("[{}]", "[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"}]", ""),
        "2 validation errors detected: Value null at 'attributeDefinitions.1.member.attributeName' "
            + "failed to satisfy constraint: Member must not be null; Value null at "
            + "'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member "
            + "must not be null");
  }

  @Test
  void tableKeyElementWithoutName() throws Exception {
    wire.assertValidation("CreateTable",
        table("[{\"AttributeName\":\"PK\",\"AttributeType\":\"S\"}]", "[{\"KeyType\":\"HASH\"}]", ""),
        nullAt("keySchema.1.member.attributeName"));
  }

  @Test
  void localIndexKeyElementWithoutName() throws Exception {
    wire.assertValidation("CreateTable", table(
        "[{\"AttributeName\":\"PK\",\"AttributeType\":\"S\"},{\"AttributeName\":\"SK\",\"AttributeType\":\"S\"}]",
        "[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"SK\",\"KeyType\":\"RANGE\"}]",
        ",\"LocalSecondaryIndexes\":[{\"IndexName\":\"Lsi1\",\"KeySchema\":[{\"AttributeName\":\"PK\","
            + "\"KeyType\":\"HASH\"},{\"KeyType\":\"RANGE\"}],\"Projection\":{\"ProjectionType\":\"ALL\"}}]"),
        nullAt("localSecondaryIndexes.1.member.keySchema.2.member.attributeName"));
  }

  @Test
  void globalIndexKeyElementWithoutName() throws Exception {
    wire.assertValidation("CreateTable", table(
        "[{\"AttributeName\":\"PK\",\"AttributeType\":\"S\"}]",
        "[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"}]",
        ",\"GlobalSecondaryIndexes\":[{\"IndexName\":\"Gsi1\",\"KeySchema\":[{\"KeyType\":\"HASH\"}],"
            + "\"Projection\":{\"ProjectionType\":\"ALL\"}}]"),
        nullAt("globalSecondaryIndexes.1.member.keySchema.1.member.attributeName"));
  }

  @Test
  void globalIndexWithoutKeySchemaAndProjection() throws Exception {
    wire.assertValidation("CreateTable", table(
        "[{\"AttributeName\":\"PK\",\"AttributeType\":\"S\"}]",
        "[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"}]",
        ",\"GlobalSecondaryIndexes\":[{\"IndexName\":\"Gsi1\"}]"),
        "2 validation errors detected: Value null at 'globalSecondaryIndexes.1.member.keySchema' "
            + "failed to satisfy constraint: Member must not be null; Value null at "
            + "'globalSecondaryIndexes.1.member.projection' failed to satisfy constraint: Member must "
            + "not be null");
  }

  @Test
  void streamSpecificationWithoutStreamEnabledAndTagsWithoutKeyOrValue() throws Exception {
    wire.assertValidation("CreateTable", table(
        "[{\"AttributeName\":\"PK\",\"AttributeType\":\"S\"}]",
        "[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"}]",
        ",\"StreamSpecification\":{},\"Tags\":[{\"Key\":\"k\"}]"),
        "2 validation errors detected: Value null at 'streamSpecification.streamEnabled' failed to "
            + "satisfy constraint: Member must not be null; Value null at 'tags.1.member.value' "
            + "failed to satisfy constraint: Member must not be null");
  }

  @Test
  void updateTableStreamSpecificationWithoutStreamEnabled() throws Exception {
    wire.assertValidation("UpdateTable", "{\"TableName\":\"Items\",\"StreamSpecification\":{}}",
        nullAt("streamSpecification.streamEnabled"));
  }

  @Test
  void tagWithoutKey() throws Exception {
    wire.assertValidation("TagResource", "{\"ResourceArn\":"
            + "\"arn:aws:dynamodb:us-east-1:000000000000:table/Items\",\"Tags\":[{\"Value\":\"v\"}]}",
        nullAt("tags.1.member.key"));
  }

  /**
   * Behaving like DynamoDB: a JSON null standing for an attribute value in an item to store is
   * refused (DynamoDB Local and a report of the real service agree on the sentence), not dropped.
   */
  @Test
  void itemMemberSetToNull() throws Exception {
    wire.assertValidation("PutItem",
        "{\"TableName\":\"Items\",\"Item\":{\"PK\":{\"S\":\"a\"},\"x\":null}}",
        "The supplied Item contains a null AttributeValue");
    wire.assertValidation("PutItem", "{\"TableName\":\"Items\",\"Item\":{\"PK\":{\"S\":\"a\"},"
            + "\"l\":{\"L\":[{\"S\":\"x\"},null]},\"m\":{\"M\":{\"k\":null}}}}",
        "The supplied Item contains a null AttributeValue");
    wire.assertValidation("BatchWriteItem", "{\"RequestItems\":{\"Items\":[{\"PutRequest\":"
            + "{\"Item\":{\"PK\":{\"S\":\"a\"},\"x\":null}}}]}}",
        "The supplied Item contains a null AttributeValue");
    wire.assertValidation("TransactWriteItems", "{\"TransactItems\":[{\"Put\":{\"TableName\":"
            + "\"Items\",\"Item\":{\"PK\":{\"S\":\"a\"},\"x\":null}}}]}",
        "The supplied Item contains a null AttributeValue");
  }

  @Test
  void scanFilterConditionWithoutOperator() throws Exception {
    wire.assertValidation("Scan", "{\"TableName\":\"Items\",\"ScanFilter\":{\"n\":{}}}",
        nullAt("scanFilter.n.member.comparisonOperator"));
  }

  @Test
  void queryFilterConditionWithoutOperator() throws Exception {
    wire.assertValidation("Query", """
        {"TableName":"Items","KeyConditions":{"PK":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"a"}]}},
         "QueryFilter":{"n":{"AttributeValueList":[{"N":"1"}]}}}""",
        nullAt("queryFilter.n.member.comparisonOperator"));
  }

  @Test
  void keyConditionWithoutOperator() throws Exception {
    wire.assertValidation("Query",
        "{\"TableName\":\"Items\",\"KeyConditions\":{\"PK\":{\"AttributeValueList\":[{\"S\":\"a\"}]}}}",
        nullAt("keyConditions.PK.member.comparisonOperator"));
  }

  @Test
  void deeplyNestedConditionExpression() throws Exception {
    wire.assertValidation("PutItem", "{\"TableName\":\"Items\",\"Item\":{\"PK\":{\"S\":\"a\"}},"
            + "\"ConditionExpression\":\"" + "(".repeat(2045) + "PK=:v" + ")".repeat(2045) + "\","
            + "\"ExpressionAttributeValues\":{\":v\":{\"S\":\"a\"}}}",
        "Invalid ConditionExpression: The expression has redundant parentheses;");
  }
}
