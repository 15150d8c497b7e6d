package dev.keyway.engine.server.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.server.KeywayServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Raw JSON requests to a test server and exact assertions on DynamoDB-shaped errors. */
final class WireClient {
  static final String VALIDATION = "com.amazon.coral.validate#ValidationException";
  static final String SERIALIZATION = "com.amazon.coral.service#SerializationException";

  private final KeywayServer server;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  WireClient(KeywayServer server) {
    this.server = server;
  }

  HttpResponse<String> post(String operation, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", "DynamoDB_20120810." + operation)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  String ok(String operation, String body) throws Exception {
    HttpResponse<String> r = post(operation, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  /** The exact error body: {@code __type} and message (SerializationException spells it Message). */
  void assertError(String operation, String body, String type, String message) throws Exception {
    HttpResponse<String> r = post(operation, body);
    assertThat(r.statusCode()).isEqualTo(400);
    String member = type.endsWith("SerializationException") ? "Message" : "message";
    assertThat(r.body()).isEqualTo("{\"__type\":\"" + type + "\",\"" + member + "\":\""
        + message.replace("\"", "\\\"") + "\"}");
  }

  void assertValidation(String operation, String body, String message) throws Exception {
    assertError(operation, body, VALIDATION, message);
  }

  /** "1 validation error detected: Value null at 'path' failed to satisfy constraint: ..." */
  static String nullAt(String path) {
    return "1 validation error detected: Value null at '" + path
        + "' failed to satisfy constraint: Member must not be null";
  }
}
