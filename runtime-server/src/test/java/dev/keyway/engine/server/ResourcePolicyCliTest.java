package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.auth.PolicyFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

  private record Result(int status, String out, String err) {}

  private static boolean awsOnPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "aws"))) {
        return true;
      }
    }
    return false;
  }

  private static Result aws(KeywayServer server, String key, String secret, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("aws", "dynamodb", "--endpoint-url", server.endpoint(), "--output", "json"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("AWS_ACCESS_KEY_ID", key);
    env.put("AWS_SECRET_ACCESS_KEY", secret);
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_CONFIG_FILE", "/dev/null");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
    env.put("AWS_MAX_ATTEMPTS", "1");
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("aws " + String.join(" ", args) + " did not finish");
    }
    return new Result(process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void theCliPutsAPolicyThatTheServerEnforces() throws Exception {
    assumeTrue(awsOnPath(), "the AWS CLI is not on the PATH");
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

        Result put = aws(server, "AKIDADMIN", "admin/secret", "put-resource-policy", "--resource-arn", arn, "--policy", policy);
        assertThat(put.status()).as(put.err()).isZero();
        String revision = admin.getResourcePolicy(b -> b.resourceArn(arn)).revisionId();
        assertThat(put.out()).contains("\"RevisionId\": \"" + revision + "\"");
        bobReads.run();

        assertThat(admin.getResourcePolicy(b -> b.resourceArn(arn)).policy()).isEqualTo(policy);
      }
    }
  }
}
