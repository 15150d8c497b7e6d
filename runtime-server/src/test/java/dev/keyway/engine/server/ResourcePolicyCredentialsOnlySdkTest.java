package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.ops.GetResourcePolicyRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Issue 9: with {@code --credentials} and no policy file, each key is a user of the tables' account
 * whose identity allows everything, named {@code arn:aws:iam::000000000000:user/KEYID}; the tables'
 * resource-based policies still hold, as IAM holds an explicit Deny against an administrator.
 * Through the real AWS SDK v2, signed with each key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResourcePolicyCredentialsOnlySdkTest {
  private static final String T = "arn:aws:dynamodb:us-east-1:000000000000:table/";
  private static final String BOB = TwoKeyServer.BOB;
  private static final String ALICE = TwoKeyServer.ALICE;
  private static final String EXPLICIT_DENY = TwoKeyServer.EXPLICIT_DENY;
  private static final String LOCKOUT = "The new resource policy will not allow you to update the resource policy in the future.";

  private TwoKeyServer keys;
  private Engine engine;
  private DynamoDbClient alice;
  private DynamoDbClient bob;

  @BeforeAll
  void start() {
    keys = new TwoKeyServer();
    engine = keys.engine;
    alice = keys.alice();
    bob = keys.bob();
  }

  @AfterAll
  void stop() {
    alice.close();
    bob.close();
    keys.close();
  }

  private static Map<String, AttributeValue> key(String pk) {
    return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS("s"));
  }

  private static Map<String, AttributeValue> item(String pk, String attribute) {
    return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS("s"), attribute, AttributeValue.fromN("1"));
  }

  /** A table created by alice with this policy attached, holding the item p1. */
  private void tableWithPolicy(String name, String policy) {
    alice.createTable(TestServers.table(name).toBuilder().resourcePolicy(policy).build());
    alice.putItem(b -> b.tableName(name).item(key("p1")));
  }

  private static void assertDenied(Runnable call, String userArn, String action, String table) {
    TestServers.assertAccessDenied(call,
        "User: " + userArn + " is not authorized to perform: " + action + " on resource: " + T + table + EXPLICIT_DENY);
  }

  @Test
  void aDenyNamingOneKeyHoldsForThatKeyAndActionOnly() {
    tableWithPolicy("Payroll", """
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "BobMayNotRead", "Effect": "Deny", "Principal": {"AWS": "%s"},
           "Action": "dynamodb:GetItem", "Resource": "%sPayroll"}]}""".formatted(BOB, T));
    alice.createTable(TestServers.table("Open"));

    assertDenied(() -> bob.getItem(b -> b.tableName("Payroll").key(key("p1"))), BOB, "dynamodb:GetItem", "Payroll");
    assertThat(alice.getItem(b -> b.tableName("Payroll").key(key("p1"))).item()).containsKey("PK");
    bob.putItem(b -> b.tableName("Payroll").item(key("bob")));
    assertThat(bob.query(b -> b.tableName("Payroll").keyConditionExpression("PK = :p")
        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("p1")))).count()).isEqualTo(1);
    bob.putItem(b -> b.tableName("Open").item(key("p1")));
    assertThat(bob.getItem(b -> b.tableName("Open").key(key("p1"))).item()).containsKey("PK");
  }

  @Test
  void aDenyForTheWholeAccountHoldsForEveryKey() {
    tableWithPolicy("NoScans", """
        {"Statement": [{"Effect": "Deny", "Principal": {"AWS": "000000000000"},
          "Action": "dynamodb:Scan", "Resource": "*"}]}""");
    assertDenied(() -> alice.scan(b -> b.tableName("NoScans")), ALICE, "dynamodb:Scan", "NoScans");
    assertDenied(() -> bob.scan(b -> b.tableName("NoScans")), BOB, "dynamodb:Scan", "NoScans");
    assertThat(bob.getItem(b -> b.tableName("NoScans").key(key("p1"))).item()).containsKey("PK");
  }

  @Test
  void denyConditionsOnLeadingKeysAndAttributesHoldOnlyWhereTheyMatch() {
    tableWithPolicy("Ledger", """
        {"Statement": [
          {"Sid": "AuditPartitionIsSealed", "Effect": "Deny", "Principal": "*",
           "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"], "Resource": "*",
           "Condition": {"ForAnyValue:StringEquals": {"dynamodb:LeadingKeys": ["audit"]}}},
          {"Sid": "NoSalaries", "Effect": "Deny", "Principal": "*", "Action": "dynamodb:PutItem", "Resource": "*",
           "Condition": {"ForAnyValue:StringEquals": {"dynamodb:Attributes": ["salary"]}}}]}""");

    assertDenied(() -> bob.putItem(b -> b.tableName("Ledger").item(key("audit"))), BOB, "dynamodb:PutItem", "Ledger");
    assertDenied(() -> alice.getItem(b -> b.tableName("Ledger").key(key("audit"))), ALICE, "dynamodb:GetItem", "Ledger");
    assertDenied(() -> alice.query(b -> b.tableName("Ledger").keyConditionExpression("PK = :p")
        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("audit")))), ALICE, "dynamodb:Query", "Ledger");
    assertDenied(() -> bob.putItem(b -> b.tableName("Ledger").item(item("p2", "salary"))), BOB, "dynamodb:PutItem", "Ledger");

    bob.putItem(b -> b.tableName("Ledger").item(item("p2", "bonus")));
    assertThat(alice.getItem(b -> b.tableName("Ledger").key(key("p2"))).item()).containsKey("bonus");
    assertThat(alice.query(b -> b.tableName("Ledger").keyConditionExpression("PK = :p")
        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("p1")))).count()).isEqualTo(1);
    // A scan names no partition, so the LeadingKeys condition does not apply to it.
    assertThat(bob.scan(b -> b.tableName("Ledger")).count()).isEqualTo(2);
  }

  @Test
  void aDenyForEveryoneButOneKeyByItsPrincipalArn() {
    String onlyAlice = """
        {"Statement": [{"Sid": "AliceOnly", "Effect": "Deny", "Principal": "*", "Action": "dynamodb:*", "Resource": "*",
          "Condition": {"ArnNotEquals": {"aws:PrincipalArn": "%s"}, "StringNotEquals": {"aws:PrincipalAccount": "111122223333"}}}]}"""
        .formatted(ALICE);
    alice.createTable(TestServers.table("Private"));
    String arn = T + "Private";
    // Bob would shut himself out with it; alice would not.
    TestServers.assertAccessDenied(() -> bob.putResourcePolicy(b -> b.resourceArn(arn).policy(onlyAlice)), LOCKOUT);
    alice.putResourcePolicy(b -> b.resourceArn(arn).policy(onlyAlice));

    alice.putItem(b -> b.tableName("Private").item(key("p1")));
    assertThat(alice.getItem(b -> b.tableName("Private").key(key("p1"))).item()).containsKey("PK");
    assertDenied(() -> bob.getItem(b -> b.tableName("Private").key(key("p1"))), BOB, "dynamodb:GetItem", "Private");
    assertDenied(() -> bob.describeTable(b -> b.tableName("Private")), BOB, "dynamodb:DescribeTable", "Private");
  }

  @Test
  void aTableWithoutAPolicyAllowsEveryOperationToEveryKey() {
    bob.createTable(TestServers.table("Free"));
    bob.putItem(b -> b.tableName("Free").item(key("a")));
    alice.updateItem(b -> b.tableName("Free").key(key("a")).updateExpression("SET n = :one")
        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
    bob.batchWriteItem(b -> b.requestItems(Map.of("Free",
        List.of(WriteRequest.builder().putRequest(PutRequest.builder().item(key("b")).build()).build()))));
    alice.transactWriteItems(b -> b.transactItems(
        TransactWriteItem.builder().put(Put.builder().tableName("Free").item(key("c")).build()).build()));
    assertThat(bob.scan(b -> b.tableName("Free")).count()).isEqualTo(3);
    assertThat(alice.getItem(b -> b.tableName("Free").key(key("a"))).item()).containsKey("n");
    bob.deleteItem(b -> b.tableName("Free").key(key("a")));
    assertThat(alice.describeTable(b -> b.tableName("Free")).table().itemCount()).isEqualTo(2);
    assertThat(bob.listTables().tableNames()).contains("Free");
    alice.deleteTable(b -> b.tableName("Free"));
  }

  @Test
  void aPolicyThatWouldLockItsAuthorOutNeedsConfirmation() {
    alice.createTable(TestServers.table("Locked"));
    String arn = T + "Locked";
    String noPutsByAlice = """
        {"Statement": [{"Effect": "Deny", "Principal": {"AWS": "%s"},
          "Action": "dynamodb:PutResourcePolicy", "Resource": "*"}]}""".formatted(ALICE);

    TestServers.assertAccessDenied(() -> alice.putResourcePolicy(b -> b.resourceArn(arn).policy(noPutsByAlice)), LOCKOUT);
    // The same document does not lock out bob, who puts it without confirming.
    bob.putResourcePolicy(b -> b.resourceArn(arn).policy(noPutsByAlice));
    assertDenied(() -> alice.putResourcePolicy(b -> b.resourceArn(arn).policy(noPutsByAlice).confirmRemoveSelfResourceAccess(true)),
        ALICE, "dynamodb:PutResourcePolicy", "Locked");

    bob.deleteResourcePolicy(b -> b.resourceArn(arn));
    String revision = alice.putResourcePolicy(b -> b.resourceArn(arn).policy(noPutsByAlice).confirmRemoveSelfResourceAccess(true))
        .revisionId();
    assertThat(bob.getResourcePolicy(b -> b.resourceArn(arn)).revisionId()).isEqualTo(revision);
  }

  @Test
  void aPolicyTheServerCannotEvaluateDeniesEveryRequestOnItsTable() {
    alice.createTable(TestServers.table("Fenced"));
    alice.putItem(b -> b.tableName("Fenced").item(key("p1")));
    String arn = T + "Fenced";
    String byEndpoint = """
        {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "dynamodb:DeleteItem", "Resource": "*",
          "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}}]}""";

    String why = "the document.Statement[0].Condition.StringNotEquals.aws:SourceVpce unsupported condition key; ";
    try (LogCapture log = LogCapture.named("dev.keyway.engine.server.auth.ResourcePolicies")) {
      // Failing closed also refuses its author the next change, so the lockout check asks first.
      TestServers.assertAccessDenied(() -> bob.putResourcePolicy(b -> b.resourceArn(arn).policy(byEndpoint)), LOCKOUT);
      bob.putResourcePolicy(b -> b.resourceArn(arn).policy(byEndpoint).confirmRemoveSelfResourceAccess(true));

      assertDenied(() -> alice.getItem(b -> b.tableName("Fenced").key(key("p1"))), ALICE, "dynamodb:GetItem", "Fenced");
      assertDenied(() -> bob.describeTable(b -> b.tableName("Fenced")), BOB, "dynamodb:DescribeTable", "Fenced");
      assertDenied(() -> bob.deleteResourcePolicy(b -> b.resourceArn(arn)), BOB, "dynamodb:DeleteResourcePolicy", "Fenced");
      assertThat(log.lines()).hasSize(2);
      assertThat(log.lines().get(0)).startsWith("WARNING Refusing a new resource policy for " + arn
          + " without ConfirmRemoveSelfResourceAccess, as it would deny every request: the new resource policy: " + why);
      // Parsed once per revision: one line however many requests it refuses.
      assertThat(log.lines().get(1)).startsWith("WARNING Denying every request on " + arn + ": the resource policy of " + arn + ": " + why);
    }
    assertThat(engine.getResourcePolicy(new GetResourcePolicyRequest(arn)).policy()).isEqualTo(byEndpoint);
  }

  @Test
  void aTablePolicyCoversItsIndexesButNotItsStream() {
    String denyAll = """
        {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "dynamodb:*", "Resource": "*"}]}""";
    String streamArn = alice.createTable(TestServers.table("Sealed").toBuilder().resourcePolicy(denyAll)
            .globalSecondaryIndexes(g -> g.indexName("BySk").keySchema(k -> k.attributeName("SK").keyType(KeyType.HASH))
                .projection(p -> p.projectionType(ProjectionType.ALL)))
            .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)).build())
        .tableDescription().latestStreamArn();
    assertDenied(() -> bob.query(b -> b.tableName("Sealed").indexName("BySk").keyConditionExpression("SK = :s")
        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("s")))), BOB, "dynamodb:Query", "Sealed/index/BySk");
    // A stream has a policy of its own (StreamResourcePolicySdkTest); the table's does not reach it.
    try (DynamoDbStreamsClient streams = keys.bobStreams()) {
      assertThat(streams.describeStream(d -> d.streamArn(streamArn)).streamDescription().streamArn()).isEqualTo(streamArn);
    }
  }

  @Test
  void withoutCredentialsPoliciesAreStoredButNobodyIsACallerToDeny() {
    try (Engine anonymousEngine = Engine.inMemory();
        KeywayServer anonymous = KeywayServer.start(anonymousEngine, ServerConfig.defaults(0));
        DynamoDbClient anyone = TestServers.sdkClient(anonymous)) {
      String denyAll = """
          {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "dynamodb:*", "Resource": "*"}]}""";
      anyone.createTable(TestServers.table("Stored").toBuilder().resourcePolicy(denyAll).build());
      anyone.putItem(b -> b.tableName("Stored").item(key("p1")));
      assertThat(anyone.getItem(b -> b.tableName("Stored").key(key("p1"))).item()).containsKey("PK");
      assertThat(anyone.getResourcePolicy(b -> b.resourceArn(T + "Stored")).policy()).isEqualTo(denyAll);
    }
  }
}
