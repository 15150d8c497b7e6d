package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.auth.PolicyFile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The AWS CLI's put-resource-policy against a signed server, and the policy's effect on another
 * user (one CLI run only: each costs seconds). Runs where {@code aws} is on the PATH; skipped elsewhere.
 */
class ResourcePolicyCliTest {
  private static final String POLICIES = """
      {"Principals": [
        {"Name": "admin", "AccessKeys": ["AKIDADMIN"], "Policies": [{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}]},
        {"Name": "bob", "AccessKeys": ["AKIDBOB"]}
      ]}""";

  @Test
  void theCliPutsAPolicyThatTheServerEnforces() throws Exception {
    assumeTrue(AwsCli.available(), "the AWS CLI is not on the PATH");
    assumeTrue(AwsCli.knows("dynamodb", "put-resource-policy"), "this AWS CLI predates put-resource-policy");
    String arn = "arn:aws:dynamodb:us-east-1:000000000000:table/Shop";
    String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\"arn:aws:iam::000000000000:user/bob\"},\"Action\":\"dynamodb:GetItem\",\"Resource\":\"" + arn + "\"}]}";
    Map<String, String> keys = Map.of("AKIDADMIN", "admin/secret", "AKIDBOB", "bob/secret");
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(engine,
            ServerConfig.defaults(0).withCredentials(keys).withPolicies(PolicyFile.parse(POLICIES, "test")))) {
      try (DynamoDbClient admin = TestServers.sdkClient(server, "AKIDADMIN", "admin/secret");
          DynamoDbClient bob = TestServers.sdkClient(server, "AKIDBOB", "bob/secret")) {
        admin.createTable(TestServers.table("Shop"));
        Runnable bobReads = () -> bob.getItem(b -> b.tableName("Shop").key(Map.of("PK", AttributeValue.fromS("a"), "SK", AttributeValue.fromS("b"))));
        assertThatThrownBy(bobReads::run).isInstanceOf(DynamoDbException.class)
            .hasMessageContaining("because no identity-based policy allows the dynamodb:GetItem action");

        AwsCli.Result put = AwsCli.run(server.endpoint(), "AKIDADMIN", "admin/secret",
            "dynamodb", "put-resource-policy", "--resource-arn", arn, "--policy", policy, "--output", "json");
        assertThat(put.exit()).as(put.err()).isZero();
        String revision = admin.getResourcePolicy(b -> b.resourceArn(arn)).revisionId();
        assertThat(put.out()).contains("\"RevisionId\": \"" + revision + "\"");
        bobReads.run();

        assertThat(admin.getResourcePolicy(b -> b.resourceArn(arn)).policy()).isEqualTo(policy);
      }
    }
  }
}
