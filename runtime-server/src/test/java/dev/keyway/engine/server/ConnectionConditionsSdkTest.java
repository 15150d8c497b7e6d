package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.auth.PolicyFile;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Issue 9: {@code aws:SourceIp} and {@code aws:SecureTransport} in identity and resource-based
 * policies, evaluated from the connection (the SDK's address is 127.0.0.1; plain HTTP or HTTPS),
 * through the real AWS SDK v2 signed clients.
 */
class ConnectionConditionsSdkTest {
  private static final String T = "arn:aws:dynamodb:us-east-1:000000000000:table/";
  private static final String LOCKOUT = "The new resource policy will not allow you to update the resource policy in the future.";

  private static Map<String, AttributeValue> key(String pk) {
    return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS("s"));
  }

  @Test
  void aDenyOutsideAnAddressBlockRefusesTheLoopbackClientWithoutFailingClosed() {
    String outside10 = """
        {"Statement": [{"Sid": "OfficeOnly", "Effect": "Deny", "Principal": "*", "Action": "dynamodb:*", "Resource": "*",
          "Condition": {"NotIpAddress": {"aws:SourceIp": ["10.0.0.0/8", "2001:db8::/32"]}}}]}""";
    String inLoopback = """
        {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "dynamodb:DeleteItem", "Resource": "*",
          "Condition": {"IpAddress": {"aws:SourceIp": "127.0.0.0/8"}}}]}""";
    try (TwoKeyServer keys = new TwoKeyServer();
        DynamoDbClient alice = keys.alice();
        DynamoDbClient bob = keys.bob();
        LogCapture log = LogCapture.named("dev.keyway.engine.server.auth.ResourcePolicies")) {
      alice.createTable(TestServers.table("Office"));
      alice.putItem(b -> b.tableName("Office").item(key("p1")));
      String arn = T + "Office";

      // Evaluated, not failed closed: it would refuse its author from 127.0.0.1, so the lockout check asks first.
      TestServers.assertAccessDenied(() -> alice.putResourcePolicy(b -> b.resourceArn(arn).policy(outside10)), LOCKOUT);
      alice.putResourcePolicy(b -> b.resourceArn(arn).policy(inLoopback));
      TestServers.assertAccessDenied(() -> bob.deleteItem(b -> b.tableName("Office").key(key("p1"))),
          "User: " + TwoKeyServer.BOB + " is not authorized to perform: dynamodb:DeleteItem on resource: " + arn + TwoKeyServer.EXPLICIT_DENY);
      assertThat(bob.getItem(b -> b.tableName("Office").key(key("p1"))).item()).containsKey("PK");

      alice.putResourcePolicy(b -> b.resourceArn(arn).policy(outside10).confirmRemoveSelfResourceAccess(true));
      TestServers.assertAccessDenied(() -> bob.getItem(b -> b.tableName("Office").key(key("p1"))),
          "User: " + TwoKeyServer.BOB + " is not authorized to perform: dynamodb:GetItem on resource: " + arn
              + TwoKeyServer.EXPLICIT_DENY);
      assertThat(log.lines()).isEmpty();
    }
  }

  @Test
  void anIpv6ClientIsInIpv6BlocksOnly() throws Exception {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
      assertThat(probe.getLocalPort()).isPositive();
    } catch (IOException noIpv6) {
      Assumptions.abort("no IPv6 loopback on this machine: " + noIpv6);
    }
    String loopbackV4Only = """
        {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "dynamodb:GetItem", "Resource": "*",
          "Condition": {"NotIpAddress": {"aws:SourceIp": "127.0.0.0/8"}}}]}""";
    String bothLoopbacks = """
        {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "dynamodb:GetItem", "Resource": "*",
          "Condition": {"NotIpAddress": {"aws:SourceIp": ["127.0.0.0/8", "::1/128"]}}}]}""";
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(engine,
            ServerConfig.defaults(0).withHost("::1").withCredentials(Map.of("AKIDALICE", "alice/secret")));
        DynamoDbClient alice = TestServers.sdkClient(server, "AKIDALICE", "alice/secret")) {
      alice.createTable(TestServers.table("Ipv6"));
      alice.putItem(b -> b.tableName("Ipv6").item(key("p1")));
      String arn = T + "Ipv6";

      alice.putResourcePolicy(b -> b.resourceArn(arn).policy(loopbackV4Only));
      TestServers.assertAccessDenied(() -> alice.getItem(b -> b.tableName("Ipv6").key(key("p1"))),
          "User: " + TwoKeyServer.ALICE + " is not authorized to perform: dynamodb:GetItem on resource: " + arn
              + TwoKeyServer.EXPLICIT_DENY);
      alice.putResourcePolicy(b -> b.resourceArn(arn).policy(bothLoopbacks));
      assertThat(alice.getItem(b -> b.tableName("Ipv6").key(key("p1"))).item()).containsKey("PK");
    }
  }

  @Test
  void aStoredPolicyWithAMalformedBlockFailsClosed() {
    String malformed = """
        {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "dynamodb:DeleteItem", "Resource": "*",
          "Condition": {"NotIpAddress": {"aws:SourceIp": "10.0.0.0/33"}}}]}""";
    try (TwoKeyServer keys = new TwoKeyServer();
        DynamoDbClient alice = keys.alice();
        LogCapture log = LogCapture.named("dev.keyway.engine.server.auth.ResourcePolicies")) {
      alice.createTable(TestServers.table("Typo"));
      alice.putItem(b -> b.tableName("Typo").item(key("p1")));
      String arn = T + "Typo";
      // The engine stores it (its checks, like DynamoDB's, do not read condition values); the server cannot evaluate it.
      alice.putResourcePolicy(b -> b.resourceArn(arn).policy(malformed).confirmRemoveSelfResourceAccess(true));

      TestServers.assertAccessDenied(() -> alice.getItem(b -> b.tableName("Typo").key(key("p1"))),
          "User: " + TwoKeyServer.ALICE + " is not authorized to perform: dynamodb:GetItem on resource: " + arn
              + TwoKeyServer.EXPLICIT_DENY);
      assertThat(log.lines()).singleElement().asString().startsWith("WARNING Denying every request on " + arn
          + ": the resource policy of " + arn + ": the document.Statement[0].Condition.NotIpAddress.aws:SourceIp"
          + " value \"10.0.0.0/33\" has a prefix length outside 0..32");
    }
  }

  @Test
  void anIdentityPolicyAllowsOnlyFromItsAddressBlock() {
    String policies = """
        {"Principals": [
          {"Name": "local", "AccessKeys": ["AKIDLOCAL"], "Policies": [{"Statement": {"Effect": "Allow", "Action": "dynamodb:*",
            "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": "127.0.0.0/8"}}}}]},
          {"Name": "office", "AccessKeys": ["AKIDOFFICE"], "Policies": [{"Statement": {"Effect": "Allow", "Action": "dynamodb:*",
            "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "::ffff:192.0.2.0/120"]}}}}]}]}""";
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0)
            .withCredentials(Map.of("AKIDLOCAL", "local/secret", "AKIDOFFICE", "office/secret"))
            .withPolicies(PolicyFile.parse(policies, "policies.json")));
        DynamoDbClient local = TestServers.sdkClient(server, "AKIDLOCAL", "local/secret");
        DynamoDbClient office = TestServers.sdkClient(server, "AKIDOFFICE", "office/secret")) {
      local.createTable(TestServers.table("Shop"));
      local.putItem(b -> b.tableName("Shop").item(key("p1")));
      assertThat(local.getItem(b -> b.tableName("Shop").key(key("p1"))).item()).containsKey("PK");
      TestServers.assertAccessDenied(() -> office.getItem(b -> b.tableName("Shop").key(key("p1"))),
          "User: arn:aws:iam::000000000000:user/office is not authorized to perform: dynamodb:GetItem on resource: " + T
              + "Shop because no identity-based policy allows the dynamodb:GetItem action");
    }
  }

  @Test
  void aDenyWithoutSecureTransportRefusesPlainHttpAndAllowsHttps() {
    DevelopmentCertificate certificate = DevelopmentCertificate.generate(Instant.now());
    Map<String, String> credentials = Map.of("AKIDALICE", "alice/secret");
    String tlsOnly = """
        {"Statement": [{"Sid": "TlsOnly", "Effect": "Deny", "Principal": "*", "Action": "dynamodb:*", "Resource": "*",
          "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}""";
    // One engine served twice: over plain HTTP and over HTTPS.
    try (Engine engine = Engine.inMemory();
        KeywayServer plain = KeywayServer.start(engine, ServerConfig.defaults(0).withCredentials(credentials));
        KeywayServer tls = KeywayServer.start(engine, ServerConfig.defaults(0).withCredentials(credentials)
            .withTls(certificate.serverTls()));
        DynamoDbClient overHttp = TestServers.sdkClient(plain, "AKIDALICE", "alice/secret");
        DynamoDbClient overHttps = TestServers.httpsClient(tls, "AKIDALICE", "alice/secret", certificate.pem())) {
      overHttp.createTable(TestServers.table("Vault").toBuilder().resourcePolicy(tlsOnly).build());

      TestServers.assertAccessDenied(() -> overHttp.putItem(b -> b.tableName("Vault").item(key("p1"))),
          "User: " + TwoKeyServer.ALICE + " is not authorized to perform: dynamodb:PutItem on resource: " + T + "Vault"
              + TwoKeyServer.EXPLICIT_DENY);
      overHttps.putItem(b -> b.tableName("Vault").item(key("p1")));
      assertThat(overHttps.getItem(b -> b.tableName("Vault").key(key("p1"))).item()).containsKey("PK");
      TestServers.assertAccessDenied(() -> overHttp.getItem(b -> b.tableName("Vault").key(key("p1"))),
          "User: " + TwoKeyServer.ALICE + " is not authorized to perform: dynamodb:GetItem on resource: " + T + "Vault"
              + TwoKeyServer.EXPLICIT_DENY);
    }
  }
}
