package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Issue 9, defect 2: session tokens are checked, and a server with a region accepts only it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionTokenAndRegionTest {
  private static final String TOKEN = "FQoGZXIvYXdzEKeyway//session+token=";
  private static final String INVALID_TOKEN =
      "{\"__type\":\"com.amazon.coral.service#UnrecognizedClientException\",\"message\":\"The security token included in the request is invalid.\"}";

  private Engine engine;
  private KeywayServer server;

  @BeforeAll
  void start() {
    engine = Engine.inMemory();
    Map<String, AccessKey> keys =
        Map.of(
            "ASIATEMP", new AccessKey("ASIATEMP", "temp/secret", TOKEN),
            "AKIDLONG", AccessKey.longTerm("AKIDLONG", "long/secret"));
    server = KeywayServer.start(engine, ServerConfig.defaults(0).withAccessKeys(keys).withRegion("eu-west-1"));
  }

  @AfterAll
  void stop() {
    server.close();
    engine.close();
  }

  private DynamoDbClient client(AwsCredentials credentials, Region region) {
    return DynamoDbClient.builder()
        .endpointOverride(URI.create(server.endpoint()))
        .region(region)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(UrlConnectionHttpClient.builder().build())
        .overrideConfiguration(c -> c.retryStrategy(DefaultRetryStrategy.doNotRetry()))
        .build();
  }

  private static void assertRefused(Runnable call, String type, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            DynamoDbException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(type);
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            });
  }

  @Test
  void sdkWithTheRightSessionTokenIsServed() {
    try (DynamoDbClient c = client(AwsSessionCredentials.create("ASIATEMP", "temp/secret", TOKEN), Region.EU_WEST_1)) {
      assertThat(c.listTables().tableNames()).isNotNull();
    }
  }

  @Test
  void sdkWithAWrongSessionTokenIsUnrecognized() {
    try (DynamoDbClient c = client(AwsSessionCredentials.create("ASIATEMP", "temp/secret", TOKEN + "x"), Region.EU_WEST_1)) {
      assertRefused(c::listTables, "UnrecognizedClientException", "The security token included in the request is invalid.");
    }
  }

  @Test
  void temporaryKeyWithoutItsTokenIsUnrecognized() throws Exception {
    Map<String, String> headers = RawSigner.of("ASIATEMP", "temp/secret").region("eu-west-1").sign(server.endpoint(), "ListTables", "{}");
    HttpResponse<String> r = RawSigner.post(server.endpoint(), headers, "{}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).isEqualTo(INVALID_TOKEN);
  }

  @Test
  void tokenOutsideTheSignatureDoesNotCount() throws Exception {
    Map<String, String> headers = RawSigner.of("ASIATEMP", "temp/secret").region("eu-west-1").sign(server.endpoint(), "ListTables", "{}");
    headers.put("x-amz-security-token", TOKEN);
    HttpResponse<String> r = RawSigner.post(server.endpoint(), headers, "{}");
    assertThat(r.body()).isEqualTo(INVALID_TOKEN);
  }

  @Test
  void signedTokenIsAccepted() throws Exception {
    Map<String, String> headers =
        RawSigner.of("ASIATEMP", "temp/secret").region("eu-west-1").signing("X-Amz-Security-Token", TOKEN).sign(server.endpoint(), "ListTables", "{}");
    HttpResponse<String> r = RawSigner.post(server.endpoint(), headers, "{}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  void longTermKeyClaimingASessionIsUnrecognized() {
    try (DynamoDbClient c = client(AwsSessionCredentials.create("AKIDLONG", "long/secret", TOKEN), Region.EU_WEST_1)) {
      assertRefused(c::listTables, "UnrecognizedClientException", "The security token included in the request is invalid.");
    }
  }

  @Test
  void unsignedTokenHeaderLeavesALongTermKeyAlone() throws Exception {
    Map<String, String> headers = RawSigner.of("AKIDLONG", "long/secret").region("eu-west-1").sign(server.endpoint(), "ListTables", "{}");
    headers.put("x-amz-security-token", "anything");
    HttpResponse<String> r = RawSigner.post(server.endpoint(), headers, "{}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  void otherRegionThanTheServersIsRefused() {
    try (DynamoDbClient c = client(software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("AKIDLONG", "long/secret"), Region.US_EAST_1)) {
      assertRefused(c::listTables, "InvalidSignatureException", "Credential should be scoped to a valid region, not 'us-east-1'. ");
    }
  }

  @Test
  void credentialsFileCarriesSessionTokens() {
    Map<String, AccessKey> keys =
        CredentialsFile.parse(java.util.List.of("# keys", "AKIDLONG long/secret", "ASIATEMP temp/secret " + TOKEN), "keys.txt");
    assertThat(keys.get("AKIDLONG")).isEqualTo(AccessKey.longTerm("AKIDLONG", "long/secret"));
    assertThat(keys.get("ASIATEMP").sessionToken()).isEqualTo(TOKEN);
    assertThatThrownBy(() -> CredentialsFile.parse(java.util.List.of("A b c d"), "keys.txt"))
        .hasMessage("keys.txt:1: expected 'accessKeyId secretKey [sessionToken]', found 4 fields");
    assertThatThrownBy(() -> CredentialsFile.parse(java.util.List.of("A b", "A c"), "keys.txt"))
        .hasMessage("keys.txt:2: access key A is listed twice");
  }
}
