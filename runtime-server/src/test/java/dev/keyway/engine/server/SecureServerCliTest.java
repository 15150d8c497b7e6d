package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.auth.PolicyFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS CLI against a server with every layer of its security model on: HTTPS with the
 * development certificate (trusted through {@code --ca-bundle}), signatures, and identity
 * policies. Runs where {@code aws} is on the PATH; skipped elsewhere.
 */
class SecureServerCliTest {
  private static final String POLICIES = """
      {"Principals": [
        {"Name": "reader", "AccessKeys": ["AKIDREADER"], "Policies": [{"Statement": [
          {"Effect": "Allow", "Action": ["dynamodb:ListTables", "dynamodb:DescribeTable"], "Resource": "*"}]}]}
      ]}""";

  @Test
  void theCliWorksOverHttpsWithSignaturesAndPolicies(@TempDir Path dir) throws Exception {
    assumeTrue(AwsCli.available(), "the AWS CLI is not on the PATH");
    DevelopmentCertificate certificate = DevelopmentCertificate.generate(Instant.now());
    String caBundle = certificate.writePem(dir.resolve("keyway-localhost.pem")).toString();
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0)
            .withTls(certificate.serverTls())
            .withCredentials(Map.of("AKIDREADER", "reader/secret"))
            .withPolicies(PolicyFile.parse(POLICIES, "test")))) {
      assertThat(server.endpoint()).startsWith("https://");

      AwsCli.Result listed = AwsCli.run(server.endpoint(), "AKIDREADER", "reader/secret",
          "dynamodb", "list-tables", "--ca-bundle", caBundle, "--output", "json");
      assertThat(listed.exit()).as(listed.output()).isZero();
      assertThat(listed.out().replaceAll("\\s", "")).isEqualTo("{\"TableNames\":[]}");

      AwsCli.Result denied = AwsCli.run(server.endpoint(), "AKIDREADER", "reader/secret",
          "dynamodb", "delete-table", "--table-name", "Shop", "--ca-bundle", caBundle);
      assertThat(denied.exit()).isNotZero();
      assertThat(denied.err()) // CLI version 2 adds "(reached max retries: 0)" between the two
          .contains("(AccessDeniedException) when calling the DeleteTable operation")
          .contains(": User: arn:aws:iam::000000000000:user/reader is not authorized to perform: dynamodb:DeleteTable");

      AwsCli.Result forged = AwsCli.run(server.endpoint(), "AKIDREADER", "not-the-secret",
          "dynamodb", "list-tables", "--ca-bundle", caBundle);
      assertThat(forged.exit()).isNotZero();
      assertThat(forged.err()).contains("(InvalidSignatureException) when calling the ListTables operation");

      AwsCli.Result untrusted = AwsCli.run(server.endpoint(), "AKIDREADER", "reader/secret", "dynamodb", "list-tables");
      assertThat(untrusted.exit()).isNotZero();
      assertThat(untrusted.err()).containsIgnoringCase("certificate verify failed");
    }
  }
}
