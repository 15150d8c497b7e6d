package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Issue 9, defects 1 and 2, through raw HTTP: a captured signature cannot carry another body, and
 * a signature scoped to another service or day is refused with AWS's sentences.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignatureForgeryTest {
  private static final String KEY = "AKIDFORGE";
  private static final String SECRET = "forge/secret";
  private static final String INVALID_SIGNATURE = "{\"__type\":\"com.amazon.coral.service#InvalidSignatureException\",\"message\":\"";

  private Engine engine;
  private KeywayServer server;
  private DynamoDbClient client;

  @BeforeAll
  void start() {
    engine = Engine.inMemory();
    server = KeywayServer.start(engine, ServerConfig.defaults(0).withCredentials(Map.of(KEY, SECRET)));
    client = TestServers.sdkClient(server, KEY, SECRET);
    client.createTable(TestServers.table("Ledger"));
  }

  @AfterAll
  void stop() {
    client.close();
    server.close();
    engine.close();
  }

  private static String put(String owner) {
    return "{\"TableName\":\"Ledger\",\"Item\":{\"PK\":{\"S\":\"" + owner + "\"},\"SK\":{\"S\":\"1\"}}}";
  }

  private boolean stored(String owner) {
    return client.getItem(b -> b.tableName("Ledger").key(Map.of("PK", AttributeValue.fromS(owner), "SK", AttributeValue.fromS("1"))))
        .hasItem();
  }

  /** A PutItem signed by the AWS SDK's own signer, as a client would send it: the capture to replay. */
  private Map<String, String> capturedBySdk(String body) {
    SdkHttpFullRequest request =
        SdkHttpFullRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(URI.create(server.endpoint() + "/"))
            .putHeader("Content-Type", "application/x-amz-json-1.0")
            .putHeader("X-Amz-Target", "DynamoDB_20120810.PutItem")
            .build();
    SignedRequest signed =
        AwsV4HttpSigner.create()
            .sign(r -> r.identity(AwsCredentialsIdentity.create(KEY, SECRET))
                .request(request)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "dynamodb"));
    Map<String, String> headers = new LinkedHashMap<>();
    signed.request().headers().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("Host")) {
        headers.put(name, values.get(0));
      }
    });
    return headers;
  }

  @Test
  void capturedSignatureStillWorksForItsOwnBody() throws Exception {
    HttpResponse<String> r = RawSigner.post(server.endpoint(), capturedBySdk(put("alice")), put("alice"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(stored("alice")).isTrue();
  }

  @Test
  void replayedSignatureWithAnotherBodyIsRefusedAndNothingIsWritten() throws Exception {
    HttpResponse<String> r = RawSigner.post(server.endpoint(), capturedBySdk(put("bob")), put("mallory1"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).startsWith(INVALID_SIGNATURE + SigV4Verifier.MISMATCH.replace("\n", "\\n"));
    assertThat(stored("mallory1")).isFalse();
  }

  @Test
  void sdkSignsTheBodyHashHeaderToo() {
    // The SDK's capture carries the body's hash in a signed x-amz-content-sha256 header.
    Map<String, String> headers = capturedBySdk(put("carol"));
    assertThat(headers).containsEntry("x-amz-content-sha256", RawSigner.sha256Hex(put("carol")));
    assertThat(headers.get("Authorization")).contains("x-amz-content-sha256");
  }

  @Test
  void unsignedContentShaHeaderOfTheNewBodyDoesNotHelpAForgery() throws Exception {
    // The replay: a capture that does not sign the header, with the header added for the new body.
    Map<String, String> headers = RawSigner.of(KEY, SECRET).sign(server.endpoint(), "PutItem", put("carol"));
    headers.put("x-amz-content-sha256", RawSigner.sha256Hex(put("mallory2")));
    HttpResponse<String> r = RawSigner.post(server.endpoint(), headers, put("mallory2"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).startsWith(INVALID_SIGNATURE);
    // The canonical request the server expected names the hash of the body it received.
    assertThat(r.body()).contains("x-amz-target\\n" + RawSigner.sha256Hex(put("mallory2")) + "'");
    assertThat(stored("mallory2")).isFalse();
  }

  @Test
  void unsignedContentShaHeaderLeavesAnHonestRequestAlone() throws Exception {
    Map<String, String> headers = RawSigner.of(KEY, SECRET).sign(server.endpoint(), "PutItem", put("dave"));
    headers.put("x-amz-content-sha256", "UNSIGNED-PAYLOAD");
    HttpResponse<String> r = RawSigner.post(server.endpoint(), headers, put("dave"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(stored("dave")).isTrue();
  }

  @Test
  void unsignedPayloadSignatureCannotCarryABody() throws Exception {
    RawSigner signer = RawSigner.of(KEY, SECRET).payloadHash("UNSIGNED-PAYLOAD").signing("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD");
    HttpResponse<String> r = RawSigner.post(server.endpoint(), signer.sign(server.endpoint(), "PutItem", put("erin")), put("mallory3"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).startsWith(INVALID_SIGNATURE + SigV4Verifier.MISMATCH.replace("\n", "\\n"));
    assertThat(stored("mallory3")).isFalse();
    assertThat(stored("erin")).isFalse();
  }

  @Test
  void ownSignerAgreesWithTheServer() throws Exception {
    HttpResponse<String> r =
        RawSigner.post(server.endpoint(), RawSigner.of(KEY, SECRET).sign(server.endpoint(), "PutItem", put("frank")), put("frank"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(stored("frank")).isTrue();
  }

  @Test
  void scopeForAnotherServiceIsRefused() throws Exception {
    HttpResponse<String> r =
        RawSigner.post(server.endpoint(), RawSigner.of(KEY, SECRET).service("s3").sign(server.endpoint(), "ListTables", "{}"), "{}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).isEqualTo(INVALID_SIGNATURE + "Credential should be scoped to correct service: 'dynamodb'. \"}");
  }

  @Test
  void scopeDateOtherThanTheRequestDateIsRefused() throws Exception {
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    Map<String, String> headers = RawSigner.of(KEY, SECRET).scopeDate(yesterday).sign(server.endpoint(), "ListTables", "{}");
    String amzDate = headers.get("x-amz-date");
    HttpResponse<String> r = RawSigner.post(server.endpoint(), headers, "{}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .isEqualTo(INVALID_SIGNATURE + "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
            + yesterday + "' != '" + amzDate.substring(0, 8) + "', from '" + amzDate + "'.\"}");
  }

  @Test
  void everyScopeProblemIsReportedTogetherInAwsOrder() throws Exception {
    Map<String, String> headers = RawSigner.of(KEY, SECRET).service("sts").scopeDate("20200101").sign(server.endpoint(), "ListTables", "{}");
    HttpResponse<String> r = RawSigner.post(server.endpoint(), headers, "{}");
    assertThat(r.body())
        .isEqualTo(INVALID_SIGNATURE + "Credential should be scoped to correct service: 'dynamodb'. Date in Credential scope does not"
            + " match YYYYMMDD from ISO-8601 version of date from HTTP: '20200101' != '" + headers.get("x-amz-date").substring(0, 8)
            + "', from '" + headers.get("x-amz-date") + "'.\"}");
  }

  @Test
  void anyRegionIsAcceptedWhenTheServerHasNone() throws Exception {
    HttpResponse<String> r =
        RawSigner.post(server.endpoint(), RawSigner.of(KEY, SECRET).region("ap-south-2").sign(server.endpoint(), "ListTables", "{}"), "{}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  void signedHeaderValuesAreTheOnesChecked() throws Exception {
    // Target changed after signing: the signature covers it, so the replay is refused.
    Map<String, String> headers = RawSigner.of(KEY, SECRET).sign(server.endpoint(), "ListTables", "{}");
    headers.put("x-amz-target", "DynamoDB_20120810.DeleteTable");
    HttpResponse<String> r = RawSigner.post(server.endpoint(), headers, "{\"TableName\":\"Ledger\"}");
    assertThat(r.body()).startsWith(INVALID_SIGNATURE);
    assertThat(client.listTables().tableNames()).contains("Ledger");
    assertThat(List.of(r.statusCode())).containsExactly(400);
  }
}
