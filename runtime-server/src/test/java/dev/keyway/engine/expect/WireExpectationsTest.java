package dev.keyway.engine.expect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Replays {@code expectations/wire.json} as raw HTTP requests to the engine's server on loopback:
 * the status, the error type (after '#'), the spelling and text of the message member, and the
 * body without timestamps, ids and ARNs must be the recorded ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireExpectationsTest {
  /** Members that change from run to run. */
  private static final Set<String> VOLATILE = Set.of("CreationDateTime", "TableArn", "TableId",
      "LastIncreaseDateTime", "LastDecreaseDateTime", "LastUpdateToPayPerRequestDateTime",
      "IndexArn", "LatestStreamArn", "LatestStreamLabel");

  private static final String AUTH =
      "AWS4-HMAC-SHA256 Credential=AKIDWIRETEST/20240101/us-east-1/dynamodb/aws4_request, "
          + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
          + "Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private final ExpectationFile file = ExpectationFile.load("wire");
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private Engine engine;
  private KeywayServer server;

  @BeforeAll
  void start() throws Exception {
    engine = Engine.inMemory();
    server = KeywayServer.start(engine, ServerConfig.defaults(0));
    for (Step setup : file.setup()) {
      HttpResponse<String> r = send(setup.request());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
    if (engine != null) {
      engine.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCase() {
    return file.steps().stream().map(step -> DynamicTest.dynamicTest(step.label(), () -> {
      Object actual = outcome(send(step.request()));
      Object comparable = Matches.adopt(step.expect(), actual);
      Verdict.check(step, Canonical.of(step.expect()), Canonical.of(comparable));
    }));
  }

  private HttpResponse<String> send(Object request) throws Exception {
    Map<?, ?> r = (Map<?, ?>) request;
    String path = r.get("path") == null ? "/" : (String) r.get("path");
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.endpoint() + path))
        .timeout(Duration.ofSeconds(30));
    if (r.get("contentType") != null) {
      b.header("Content-Type", (String) r.get("contentType"));
    }
    if (r.get("target") != null) {
      b.header("X-Amz-Target", (String) r.get("target"));
    }
    b.header("X-Amz-Date", "20240101T000000Z");
    b.header("Authorization", AUTH);
    String body = r.get("body") == null ? "" : (String) r.get("body");
    if ("GET".equals(r.get("method"))) {
      b.GET();
    } else {
      b.method((String) r.get("method"), HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The recorded shape: status, then __type, messageMember and message for errors, then body. */
  private static Map<String, Object> outcome(HttpResponse<String> r) {
    Object body;
    try {
      body = JsonText.parse(r.body());
    } catch (RuntimeException e) {
      body = "<not json> " + r.body().strip();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", r.statusCode());
    if (r.statusCode() != 200 && body instanceof Map<?, ?> m && m.get("__type") instanceof String t) {
      out.put("__type", t.substring(t.indexOf('#') + 1));
      String key = m.containsKey("message") ? "message" : m.containsKey("Message") ? "Message" : null;
      if (key != null) {
        out.put("messageMember", key);
        out.put("message", String.valueOf(m.get(key)));
      }
      Map<String, Object> rest = new LinkedHashMap<>();
      m.forEach((name, value) -> {
        if (!name.equals("__type") && !name.equals(key)) {
          rest.put((String) name, value);
        }
      });
      body = rest.isEmpty() ? null : rest;
    }
    if (body != null) {
      out.put("body", stable(body));
    }
    return out;
  }

  /** The body sorted by member name, without volatile members, numbers as canonical text. */
  private static Object stable(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new java.util.TreeMap<>();
      m.forEach((k, x) -> {
        if (!VOLATILE.contains((String) k)) {
          out.put((String) k, stable(x));
        }
      });
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(stable(x)));
      return out;
    }
    if (v instanceof java.math.BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    return v;
  }
}
