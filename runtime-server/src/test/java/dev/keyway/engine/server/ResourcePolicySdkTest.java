package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.auth.PolicyFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PolicyNotFoundException;

/**
 * Issue 9: resource-based policies enforced with identity policies, through the real AWS SDK v2
 * client signed with each principal's key: same-account principals (either policy may allow),
 * another account's principal (both must), explicit denies, and the lockout check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResourcePolicySdkTest {
  private static final String T = "arn:aws:dynamodb:us-east-1:000000000000:table/";
  private static final String POLICIES = """
      {"Principals": [
        {"Name": "admin", "AccessKeys": ["AKIDADMIN"],
         "Policies": [{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}]},
        {"Name": "bob", "AccessKeys": ["AKIDBOB"]},
        {"Name": "alice", "AccessKeys": ["AKIDALICE"],
         "Policies": [{"Statement": [{"Effect": "Allow", "Action": "dynamodb:*", "Resource": "Shop"}]}]},
        {"Name": "creator", "AccessKeys": ["AKIDCREATOR"],
         "Policies": [{"Statement": [{"Effect": "Allow", "Action": "dynamodb:CreateTable", "Resource": "*"}]}]},
        {"Name": "carol", "Account": "111122223333", "AccessKeys": ["AKIDCAROL"],
         "Policies": [{"Statement": [{"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:PutItem"], "Resource": "*"}]}]}
      ]}""";
  private static final String SHOP_POLICY = """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "BobReads", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::000000000000:user/bob"},
         "Action": ["dynamodb:GetItem", "dynamodb:Query"],
         "Resource": ["arn:aws:dynamodb:us-east-1:000000000000:table/Shop", "arn:aws:dynamodb:us-east-1:000000000000:table/Shop/index/*"]},
        {"Sid": "AccountScans", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::000000000000:root"},
         "Action": "dynamodb:Scan", "Resource": "*"},
        {"Sid": "NoDeletesByAlice", "Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::000000000000:user/alice"},
         "Action": "dynamodb:DeleteItem", "Resource": "*"},
        {"Sid": "PartnerReads", "Effect": "Allow", "Principal": {"AWS": "111122223333"},
         "Action": "dynamodb:GetItem", "Resource": "arn:aws:dynamodb:us-east-1:000000000000:table/Shop"}
      ]}""";

  private Engine engine;
  private KeywayServer server;
  private DynamoDbClient admin;

  @BeforeAll
  void start() {
    engine = Engine.inMemory();
    Map<String, String> keys = Map.of("AKIDADMIN", "admin/secret", "AKIDBOB", "bob/secret", "AKIDALICE", "alice/secret",
        "AKIDCREATOR", "creator/secret", "AKIDCAROL", "carol/secret");
    server = KeywayServer.start(engine, ServerConfig.defaults(0).withCredentials(keys).withPolicies(PolicyFile.parse(POLICIES, "test")));
    admin = as("AKIDADMIN", "admin/secret");
    admin.createTable(TestServers.table("Shop").toBuilder().resourcePolicy(SHOP_POLICY).build());
    admin.createTable(TestServers.table("Open"));
    admin.putItem(b -> b.tableName("Shop").item(key("p1")));
  }

  @AfterAll
  void stop() {
    admin.close();
    server.close();
    engine.close();
  }

  private DynamoDbClient as(String key, String secret) {
    return TestServers.sdkClient(server, key, secret);
  }

  private static Map<String, AttributeValue> key(String pk) {
    return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS("s"));
  }

  private static void assertDenied(Runnable call, String userArn, String action, String resource, String why) {
    TestServers.assertAccessDenied(call, "User: " + userArn + " is not authorized to perform: " + action + " on resource: " + resource + why);
  }

  private static String noIdentityAllows(String action) {
    return " because no identity-based policy allows the " + action + " action";
  }

  @Test
  void aResourcePolicyAloneGrantsANamedUserOfTheAccount() {
    try (DynamoDbClient bob = as("AKIDBOB", "bob/secret")) {
      assertThat(bob.getItem(b -> b.tableName("Shop").key(key("p1"))).item()).containsKey("PK");
      assertThat(bob.query(b -> b.tableName("Shop").keyConditionExpression("PK = :p")
          .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("p1")))).count()).isEqualTo(1);
      String bobArn = "arn:aws:iam::000000000000:user/bob";
      assertDenied(() -> bob.putItem(b -> b.tableName("Shop").item(key("p2"))), bobArn, "dynamodb:PutItem", T + "Shop",
          noIdentityAllows("dynamodb:PutItem"));
      assertDenied(() -> bob.getItem(b -> b.tableName("Open").key(key("p1"))), bobArn, "dynamodb:GetItem", T + "Open",
          noIdentityAllows("dynamodb:GetItem"));
    }
  }

  @Test
  void anAccountPrincipalGrantsNothingWithoutAnIdentityPolicyInTheSameAccount() {
    try (DynamoDbClient bob = as("AKIDBOB", "bob/secret")) {
      assertDenied(() -> bob.scan(b -> b.tableName("Shop")), "arn:aws:iam::000000000000:user/bob", "dynamodb:Scan", T + "Shop",
          noIdentityAllows("dynamodb:Scan"));
    }
  }

  @Test
  void anExplicitDenyInTheResourcePolicyWinsOverAnIdentityAllow() {
    try (DynamoDbClient alice = as("AKIDALICE", "alice/secret")) {
      alice.putItem(b -> b.tableName("Shop").item(key("alice")));
      assertDenied(() -> alice.deleteItem(b -> b.tableName("Shop").key(key("alice"))), "arn:aws:iam::000000000000:user/alice",
          "dynamodb:DeleteItem", T + "Shop", " with an explicit deny in a resource-based policy");
    }
  }

  @Test
  void anotherAccountNeedsBothPolicies() {
    String carolArn = "arn:aws:iam::111122223333:user/carol";
    try (DynamoDbClient carol = as("AKIDCAROL", "carol/secret")) {
      assertThat(carol.getItem(b -> b.tableName("Shop").key(key("p1"))).item()).containsKey("PK");
      assertDenied(() -> carol.putItem(b -> b.tableName("Shop").item(key("carol"))), carolArn, "dynamodb:PutItem", T + "Shop",
          " because no resource-based policy allows the dynamodb:PutItem action");
      assertDenied(() -> carol.getItem(b -> b.tableName("Open").key(key("p1"))), carolArn, "dynamodb:GetItem", T + "Open",
          " because no resource-based policy allows the dynamodb:GetItem action");
      assertDenied(() -> carol.scan(b -> b.tableName("Shop")), carolArn, "dynamodb:Scan", T + "Shop",
          noIdentityAllows("dynamodb:Scan"));
    }
  }

  @Test
  void creatingATableWithAPolicyAlsoNeedsPutResourcePolicy() {
    try (DynamoDbClient creator = as("AKIDCREATOR", "creator/secret")) {
      creator.createTable(TestServers.table("Plain"));
      assertDenied(() -> creator.createTable(TestServers.table("Guarded").toBuilder().resourcePolicy(SHOP_POLICY).build()),
          "arn:aws:iam::000000000000:user/creator", "dynamodb:PutResourcePolicy", T + "Guarded",
          noIdentityAllows("dynamodb:PutResourcePolicy"));
    }
    assertThat(admin.listTables().tableNames()).contains("Plain").doesNotContain("Guarded");
  }

  @Test
  void aPolicyThatLocksItsAuthorOutNeedsConfirmation() {
    admin.createTable(TestServers.table("Locked"));
    String arn = T + "Locked";
    String lockout = """
        {"Statement": [{"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::000000000000:user/admin"},
          "Action": "dynamodb:PutResourcePolicy", "Resource": "*"}]}""";
    TestServers.assertAccessDenied(() -> admin.putResourcePolicy(b -> b.resourceArn(arn).policy(lockout)),
        "The new resource policy will not allow you to update the resource policy in the future.");
    assertThatThrownBy(() -> admin.getResourcePolicy(b -> b.resourceArn(arn)))
        .isInstanceOf(PolicyNotFoundException.class)
        .hasMessageStartingWith("Resource-based policy not found for the provided ResourceArn: " + arn);

    String revision = admin.putResourcePolicy(b -> b.resourceArn(arn).policy(lockout).confirmRemoveSelfResourceAccess(true)).revisionId();
    assertThat(admin.getResourcePolicy(b -> b.resourceArn(arn)).revisionId()).isEqualTo(revision);
    assertDenied(() -> admin.putResourcePolicy(b -> b.resourceArn(arn).policy(SHOP_POLICY).confirmRemoveSelfResourceAccess(true)),
        "arn:aws:iam::000000000000:user/admin", "dynamodb:PutResourcePolicy", arn, " with an explicit deny in a resource-based policy");
    admin.deleteResourcePolicy(b -> b.resourceArn(arn));
    admin.putResourcePolicy(b -> b.resourceArn(arn).policy(SHOP_POLICY));
  }

  @Test
  void enforcementFollowsEveryRevision() {
    admin.createTable(TestServers.table("Moving"));
    admin.putItem(b -> b.tableName("Moving").item(key("m")));
    String arn = T + "Moving";
    String bobReads = """
        {"Statement": [{"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::000000000000:user/bob"]},
          "Action": "dynamodb:GetItem", "Resource": "%s"}]}""".formatted(arn);
    try (DynamoDbClient bob = as("AKIDBOB", "bob/secret")) {
      Runnable read = () -> bob.getItem(b -> b.tableName("Moving").key(key("m")));
      assertDenied(read, "arn:aws:iam::000000000000:user/bob", "dynamodb:GetItem", arn, noIdentityAllows("dynamodb:GetItem"));
      admin.putResourcePolicy(b -> b.resourceArn(arn).policy(bobReads));
      read.run();
      admin.deleteResourcePolicy(b -> b.resourceArn(arn));
      assertDenied(read, "arn:aws:iam::000000000000:user/bob", "dynamodb:GetItem", arn, noIdentityAllows("dynamodb:GetItem"));
    }
  }

  @Test
  void theOperationsNeedTheirOwnActions() {
    try (DynamoDbClient bob = as("AKIDBOB", "bob/secret")) {
      assertDenied(() -> bob.getResourcePolicy(b -> b.resourceArn(T + "Shop")), "arn:aws:iam::000000000000:user/bob",
          "dynamodb:GetResourcePolicy", T + "Shop", noIdentityAllows("dynamodb:GetResourcePolicy"));
    }
    assertThat(admin.getResourcePolicy(b -> b.resourceArn(T + "Shop")).policy()).isEqualTo(SHOP_POLICY);
    assertThat(List.of(admin.getResourcePolicy(b -> b.resourceArn(T + "Shop")).revisionId())).allMatch(r -> r.matches("\\d+"));
  }
}
