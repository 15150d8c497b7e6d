package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** With access keys configured, requests must carry a valid AWS Signature V4. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigV4Test {
  private Engine engine;
  private KeywayServer server;

  @BeforeAll
  void start() {
    engine = Engine.inMemory();
    server = KeywayServer.start(engine, ServerConfig.defaults(0).withCredentials(Map.of("AKIDKEYWAY", "s3cr3t/key")));
  }

  @AfterAll
  void stop() {
    server.close();
    engine.close();
  }

  @Test
  void rightKeyIsAccepted() {
    try (DynamoDbClient client = TestServers.sdkClient(server, "AKIDKEYWAY", "s3cr3t/key")) {
      client.createTable(TestServers.table("Signed"));
      assertThat(client.listTables().tableNames()).contains("Signed");
    }
  }

  @Test
  void wrongSecretIsAnInvalidSignature() {
    try (DynamoDbClient client = TestServers.sdkClient(server, "AKIDKEYWAY", "wrong")) {
      assertThatThrownBy(client::listTables)
          .isInstanceOfSatisfying(
              DynamoDbException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                assertThat(e.awsErrorDetails().errorMessage()).startsWith(SigV4Verifier.MISMATCH + "\n\nThe Canonical String for this request should have been\n'POST\n/\n");
              });
    }
    try (DynamoDbClient client = TestServers.sdkClient(server, "AKIDKEYWAY", "s3cr3t/key")) {
      assertThat(client.listTables().tableNames()).isNotNull();
    }
  }

  @Test
  void unknownKeyIsAnUnrecognizedClient() {
    try (DynamoDbClient client = TestServers.sdkClient(server, "AKIDOTHER", "s3cr3t/key")) {
      assertThatThrownBy(client::listTables)
          .isInstanceOfSatisfying(
              DynamoDbException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The security token included in the request is invalid.");
              });
    }
  }

  @Test
  void missingSignatureIsAMissingAuthenticationToken() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .isEqualTo("{\"__type\":\"com.amazon.coral.service#MissingAuthenticationTokenException\",\"message\":\"Request is missing Authentication Token\"}");
  }

  @Test
  void expiredSignatureIsRejected() {
    SigV4Verifier verifier = SigV4Verifier.of(Map.of("AKIDKEYWAY", "s3cr3t/key"));
    Map<String, String> headers =
        Map.of(
            "authorization", "AWS4-HMAC-SHA256 Credential=AKIDKEYWAY/20130609/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=00",
            "x-amz-date", "20130609T100015Z",
            "host", "localhost");
    assertThatThrownBy(
            () -> verifier.verify(
                "POST", "/", n -> headers.containsKey(n.toLowerCase()) ? java.util.List.of(headers.get(n.toLowerCase())) : java.util.List.of(),
                new byte[0], java.time.Instant.parse("2013-06-09T10:30:16Z")))
        .hasMessage("Signature expired: 20130609T100015Z is now earlier than 20130609T101516Z (20130609T103016Z - 15 min.)");
  }
}
