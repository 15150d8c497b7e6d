package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.auth.PolicyFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Issue 9, defect 3: identity policies, through the real AWS SDK v2 client signed with each key. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityPolicySdkTest {
  private static final String T = "arn:aws:dynamodb:us-east-1:000000000000:table/";
  private static final String POLICIES = """
      {"Principals": [
        {"Name": "admin", "AccessKeys": ["AKIDADMIN"],
         "Policies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}]},
        {"Name": "reader", "AccessKeys": ["AKIDREADER"],
         "Policies": [{"Version": "2012-10-17", "Statement": [
           {"Effect": "Allow", "Action": ["dynamodb:Get*", "dynamodb:Query", "dynamodb:BatchGetItem"],
            "Resource": ["arn:aws:dynamodb:*:*:table/Shop", "arn:aws:dynamodb:*:*:table/Shop/index/*"]}]}]},
        {"Name": "alice", "AccessKeys": ["AKIDALICE"],
         "Policies": [{"Version": "2012-10-17", "Statement": [
           {"Effect": "Allow",
            "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query", "dynamodb:BatchWriteItem"],
            "Resource": "Shop",
            "Condition": {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": ["alice"]}}}]}]},
        {"Name": "operator", "AccessKeys": ["AKIDOPS"],
         "Policies": [
           {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"}]},
           {"Version": "2012-10-17", "Statement": [
             {"Sid": "NoDrops", "Effect": "Deny", "Action": ["dynamodb:DeleteTable", "dynamodb:Delete*"], "Resource": "arn:aws:dynamodb:*:*:table/Shop"}]}]},
        {"Name": "tenant", "AccessKeys": ["AKIDTENANT"],
         "Policies": [{"Version": "2012-10-17", "Statement": [
           {"Effect": "Allow", "Action": "*", "Resource": "*",
            "Condition": {"ForAllValues:StringLike": {"dynamodb:LeadingKeys": ["t-*"], "dynamodb:Attributes": ["*"]},
                          "StringNotEqualsIfExists": {"dynamodb:Select": "COUNT", "dynamodb:ReturnValues": "ALL_OLD"}}}]}]},
        {"Name": "profile", "AccessKeys": ["AKIDPROFILE"],
         "Policies": [{"Version": "2012-10-17", "Statement": [
           {"Effect": "Allow", "Action": "dynamodb:GetItem", "Resource": "Shop",
            "Condition": {"ForAllValues:StringEquals": {"dynamodb:Attributes": ["PK", "SK", "name"]},
                          "StringEqualsIfExists": {"dynamodb:Select": "SPECIFIC_ATTRIBUTES"}}}]}]}
      ]}""";

  private Engine engine;
  private KeywayServer server;
  private DynamoDbClient admin;

  @BeforeAll
  void start() {
    engine = Engine.inMemory();
    Map<String, String> keys = Map.of(
        "AKIDADMIN", "admin/secret", "AKIDREADER", "reader/secret", "AKIDALICE", "alice/secret",
        "AKIDOPS", "ops/secret", "AKIDPROFILE", "profile/secret", "AKIDNOBODY", "nobody/secret",
        "AKIDTENANT", "tenant/secret");
    server = KeywayServer.start(engine, ServerConfig.defaults(0).withCredentials(keys).withPolicies(PolicyFile.parse(POLICIES, "test")));
    admin = TestServers.sdkClient(server, "AKIDADMIN", "admin/secret");
    admin.createTable(TestServers.table("Shop").toBuilder()
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("PK").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("SK").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("status").attributeType(ScalarAttributeType.S).build())
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("ByStatus")
            .keySchema(KeySchemaElement.builder().attributeName("status").keyType(KeyType.HASH).build())
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build())
        .build());
    admin.createTable(TestServers.table("Audit"));
    admin.putItem(b -> b.tableName("Shop").item(item("alice", "profile", "name", "Alice", "salary", "100", "status", "new")));
    admin.putItem(b -> b.tableName("Shop").item(item("bob", "profile", "name", "Bob")));
  }

  @AfterAll
  void stop() {
    admin.close();
    server.close();
    engine.close();
  }

  private static Map<String, AttributeValue> item(String pk, String sk, String... more) {
    Map<String, AttributeValue> m = new java.util.LinkedHashMap<>();
    m.put("PK", AttributeValue.fromS(pk));
    m.put("SK", AttributeValue.fromS(sk));
    for (int i = 0; i < more.length; i += 2) {
      m.put(more[i], AttributeValue.fromS(more[i + 1]));
    }
    return m;
  }

  private static Map<String, AttributeValue> key(String pk) {
    return item(pk, "profile");
  }

  private DynamoDbClient as(String key, String secret) {
    return TestServers.sdkClient(server, key, secret);
  }

  private static void assertDenied(Runnable call, String user, String action, String resource, boolean explicit) {
    TestServers.assertAccessDenied(call, "User: arn:aws:iam::000000000000:user/" + user + " is not authorized to perform: "
        + action + " on resource: " + resource + (explicit ? " with an explicit deny in an identity-based policy"
        : " because no identity-based policy allows the " + action + " action"));
  }

  @Test
  void readerMayReadTheTableAndItsIndexesButNotWrite() {
    try (DynamoDbClient reader = as("AKIDREADER", "reader/secret")) {
      assertThat(reader.getItem(b -> b.tableName("Shop").key(key("bob"))).item()).containsEntry("name", AttributeValue.fromS("Bob"));
      assertThat(reader.query(b -> b.tableName("Shop").indexName("ByStatus").keyConditionExpression("#s = :s")
          .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":s", AttributeValue.fromS("new")))).count())
          .isEqualTo(1);
      assertDenied(() -> reader.putItem(b -> b.tableName("Shop").item(item("bob", "x"))), "reader", "dynamodb:PutItem", T + "Shop", false);
      assertDenied(() -> reader.scan(b -> b.tableName("Shop")), "reader", "dynamodb:Scan", T + "Shop", false);
      assertDenied(() -> reader.getItem(b -> b.tableName("Audit").key(key("bob"))), "reader", "dynamodb:GetItem", T + "Audit", false);
      assertDenied(reader::listTables, "reader", "dynamodb:ListTables", "*", false);
    }
    assertThat(admin.getItem(b -> b.tableName("Shop").key(key("bob")).consistentRead(true)).item()).doesNotContainKey("x");
  }

  @Test
  void batchGetChecksEveryTableItTouches() {
    try (DynamoDbClient reader = as("AKIDREADER", "reader/secret")) {
      assertThat(reader.batchGetItem(b -> b.requestItems(Map.of("Shop", KeysAndAttributes.builder().keys(key("bob")).build())))
          .responses().get("Shop")).hasSize(1);
      assertDenied(() -> reader.batchGetItem(b -> b.requestItems(Map.of(
              "Shop", KeysAndAttributes.builder().keys(key("bob")).build(),
              "Audit", KeysAndAttributes.builder().keys(key("bob")).build()))),
          "reader", "dynamodb:BatchGetItem", T + "Audit", false);
    }
  }

  @Test
  void leadingKeysConfineAliceToHerPartition() {
    try (DynamoDbClient alice = as("AKIDALICE", "alice/secret")) {
      alice.putItem(b -> b.tableName("Shop").item(item("alice", "order#1")));
      assertThat(alice.getItem(b -> b.tableName("Shop").key(key("alice"))).hasItem()).isTrue();
      assertThat(alice.query(b -> b.tableName("Shop").keyConditionExpression("PK = :p")
          .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("alice")))).count()).isEqualTo(2);
      alice.updateItem(b -> b.tableName("Shop").key(key("alice")).updateExpression("SET #n = :n")
          .expressionAttributeNames(Map.of("#n", "name")).expressionAttributeValues(Map.of(":n", AttributeValue.fromS("Alice B"))));

      assertDenied(() -> alice.getItem(b -> b.tableName("Shop").key(key("bob"))), "alice", "dynamodb:GetItem", T + "Shop", false);
      assertDenied(() -> alice.putItem(b -> b.tableName("Shop").item(item("bob", "order#1"))), "alice", "dynamodb:PutItem", T + "Shop", false);
      assertDenied(() -> alice.query(b -> b.tableName("Shop").keyConditionExpression("#k = :p").expressionAttributeNames(Map.of("#k", "PK"))
          .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("bob")))), "alice", "dynamodb:Query", T + "Shop", false);
      assertDenied(() -> alice.batchWriteItem(b -> b.requestItems(Map.of("Shop", List.of(
              WriteRequest.builder().putRequest(PutRequest.builder().item(item("alice", "order#2")).build()).build(),
              WriteRequest.builder().putRequest(PutRequest.builder().item(item("bob", "order#2")).build()).build())))),
          "alice", "dynamodb:BatchWriteItem", T + "Shop", false);
      assertDenied(() -> alice.query(b -> b.tableName("Shop").keyConditions(Map.of("PK", Condition.builder()
              .comparisonOperator(ComparisonOperator.EQ).attributeValueList(AttributeValue.fromS("bob")).build()))),
          "alice", "dynamodb:Query", T + "Shop", false);
      // Transactions are authorized item by item with the item actions, so GetItem covers TransactGetItems.
      assertThat(alice.transactGetItems(b -> b.transactItems(
          TransactGetItem.builder().get(g -> g.tableName("Shop").key(key("alice"))).build())).responses()).hasSize(1);
      assertDenied(() -> alice.transactGetItems(b -> b.transactItems(
              TransactGetItem.builder().get(g -> g.tableName("Shop").key(key("alice"))).build(),
              TransactGetItem.builder().get(g -> g.tableName("Shop").key(key("bob"))).build())),
          "alice", "dynamodb:GetItem", T + "Shop", false);
      // A transaction needs the item action on each item: alice has PutItem, but not on bob's partition.
      assertDenied(() -> alice.transactWriteItems(b -> b.transactItems(
              TransactWriteItem.builder().put(p -> p.tableName("Shop").item(item("alice", "order#3"))).build(),
              TransactWriteItem.builder().put(p -> p.tableName("Shop").item(item("bob", "order#3"))).build())),
          "alice", "dynamodb:PutItem", T + "Shop", false);
    }
    assertThat(admin.getItem(b -> b.tableName("Shop").key(item("bob", "order#1"))).hasItem()).isFalse();
    assertThat(admin.getItem(b -> b.tableName("Shop").key(item("bob", "order#2"))).hasItem()).isFalse();
    assertThat(admin.getItem(b -> b.tableName("Shop").key(item("alice", "order#2"))).hasItem()).isFalse();
    assertThat(admin.getItem(b -> b.tableName("Shop").key(item("alice", "order#3"))).hasItem()).isFalse();
  }

  @Test
  void denyOverridesAnAllowFromAnotherPolicy() {
    try (DynamoDbClient ops = as("AKIDOPS", "ops/secret")) {
      ops.createTable(TestServers.table("Scratch"));
      ops.deleteTable(b -> b.tableName("Scratch"));
      assertDenied(() -> ops.deleteTable(b -> b.tableName("Shop")), "operator", "dynamodb:DeleteTable", T + "Shop", true);
      assertDenied(() -> ops.deleteItem(b -> b.tableName("Shop").key(key("bob"))), "operator", "dynamodb:DeleteItem", T + "Shop", true);
      assertThat(ops.getItem(b -> b.tableName("Shop").key(key("bob"))).hasItem()).isTrue();
    }
    assertThat(admin.listTables().tableNames()).contains("Shop").doesNotContain("Scratch");
  }

  @Test
  void attributesConditionLimitsWhatMayBeRead() {
    try (DynamoDbClient profile = as("AKIDPROFILE", "profile/secret")) {
      assertThat(profile.getItem(b -> b.tableName("Shop").key(key("alice")).projectionExpression("PK, #n")
          .expressionAttributeNames(Map.of("#n", "name"))).item()).containsOnlyKeys("PK", "name");
      assertDenied(() -> profile.getItem(b -> b.tableName("Shop").key(key("alice")).projectionExpression("salary")),
          "profile", "dynamodb:GetItem", T + "Shop", false);
      // Without a projection the read would return every attribute: Select is ALL_ATTRIBUTES.
      assertDenied(() -> profile.getItem(b -> b.tableName("Shop").key(key("alice"))), "profile", "dynamodb:GetItem", T + "Shop", false);
    }
  }

  @Test
  void keyWithoutAPrincipalMayDoNothing() {
    try (DynamoDbClient nobody = as("AKIDNOBODY", "nobody/secret")) {
      assertDenied(nobody::listTables, "AKIDNOBODY", "dynamodb:ListTables", "*", false);
    }
  }

  @Test
  void missingMembersAreLeftForTheOperationToReport() throws Exception {
    RawSigner adminSigner = RawSigner.of("AKIDADMIN", "admin/secret");
    List<String[]> requests = new java.util.ArrayList<>();
    for (dev.keyway.spi.Operation<?, ?> op : dev.keyway.spi.Operations.all()) {
      requests.add(new String[] {op.name(), "{}"});
    }
    requests.add(new String[] {"BatchGetItem", "{\"RequestItems\":{\"Shop\":{}}}"});
    requests.add(new String[] {"BatchGetItem", "{\"RequestItems\":{\"Shop\":null}}"});
    requests.add(new String[] {"BatchWriteItem", "{\"RequestItems\":{\"Shop\":[{}]}}"});
    requests.add(new String[] {"TransactWriteItems", "{\"TransactItems\":[{},{\"Put\":{}}]}"});
    requests.add(new String[] {"TransactGetItems", "{\"TransactItems\":[{\"Get\":{}}]}"});
    requests.add(new String[] {"Query", "{\"TableName\":\"Shop\",\"KeyConditions\":{\"PK\":{}}}"});
    requests.add(new String[] {"Query", "{\"TableName\":\"Shop\",\"IndexName\":\"Nope\",\"KeyConditionExpression\":\"PK = :v\"}"});
    requests.add(new String[] {"GetItem", "{\"TableName\":\"Shop\",\"Key\":{\"PK\":{\"S\":\"t-1\"}},\"ProjectionExpression\":\"#x.y[1]\"}"});
    requests.add(new String[] {"PutItem", "{\"TableName\":\"NoSuchTable\",\"Item\":{\"PK\":{\"N\":\"1\"}}}"});
    RawSigner tenantSigner = RawSigner.of("AKIDTENANT", "tenant/secret");
    for (String[] r : requests) {
      java.net.http.HttpResponse<String> response = RawSigner.post(server.endpoint(), adminSigner.sign(server.endpoint(), r[0], r[1]), r[1]);
      assertThat(response.statusCode()).as(r[0] + " " + r[1] + " -> " + response.body()).isNotEqualTo(500);
      assertThat(response.body()).as(r[0] + " " + r[1]).doesNotContain("AccessDenied", "InternalServerError");
      // A principal whose conditions need the key schema and the attribute names of the request.
      response = RawSigner.post(server.endpoint(), tenantSigner.sign(server.endpoint(), r[0], r[1]), r[1]);
      assertThat(response.statusCode()).as("tenant " + r[0] + " " + r[1] + " -> " + response.body()).isNotEqualTo(500);
    }
  }
}
