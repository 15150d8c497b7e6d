package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.keyway.engine.Engine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The same raw HTTP requests sent to Keyway's server and to DynamoDB Local's server (both in this
 * JVM, on loopback): HTTP status, the error type (after '#'), the message and the spelling of its
 * member, and for successful calls the response JSON (modulo timestamps, ids and ARNs) must match,
 * except for the cases in {@link #KNOWN_WIRE_DIFFERENCES}, where DynamoDB Local is known to answer
 * differently from DynamoDB and Keyway follows DynamoDB (docs/engine-compatibility.md, "Wire
 * protocol").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireDifferentialTest {
  /**
   * Where DynamoDB Local answers differently from DynamoDB and Keyway follows DynamoDB (or, for W10,
   * where the difference is still open). Each case that differs must be explained by exactly one
   * entry; the ids are the rows of docs/engine-compatibility.md, section "Wire protocol".
   */
  record KnownWireDifference(String id, String reason, Matcher matcher) {}

  interface Matcher {
    boolean matches(Case c, Outcome keyway, Outcome local);
  }

  private static boolean idIn(Case c, String... ids) {
    return List.of(ids).contains(c.id());
  }

  static final List<KnownWireDifference> KNOWN_WIRE_DIFFERENCES =
      List.of(
          new KnownWireDifference("W1",
              "DynamoDB Local answers HTTP 500 InternalFailure to malformed JSON, members of the wrong JSON type,"
                  + " a missing or dot-less X-Amz-Target and GET /; DynamoDB answers 400 SerializationException"
                  + " (or UnknownOperationException)",
              (c, k, l) -> l.status() == 500 && l.status() != k.status()),
          new KnownWireDifference("W2",
              "DynamoDB Local coerces members of the wrong JSON type (1 to \"1\", \"5\" to 5, 1 to true, a number in a"
                  + " string set) and ignores content after the JSON object; DynamoDB's deserializer rejects them"
                  + " with SerializationException",
              (c, k, l) -> "SerializationException".equals(k.type()) && !"SerializationException".equals(l.type())),
          new KnownWireDifference("W4",
              "enum values outside their set: DynamoDB Local has its own messages (or accepts the value);"
                  + " DynamoDB gathers `Value 'X' at 'path' failed to satisfy constraint: Member must satisfy enum value set: [...]`",
              (c, k, l) -> k.message() != null && k.message().contains("Member must satisfy enum value set")),
          new KnownWireDifference("W5",
              "unknown or foreign targets: DynamoDB Local adds the message `An unknown operation was requested.`,"
                  + " answers InvalidAction for other API versions and prefixes, and serves DynamoDB Streams on the"
                  + " same endpoint; DynamoDB's UnknownOperationException has no message",
              (c, k, l) -> c.id().startsWith("target/") && "UnknownOperationException".equals(k.type())),
          new KnownWireDifference("W6",
              "requests that are not a JSON POST (PUT, no or non-JSON Content-Type): DynamoDB Local serves them;"
                  + " Keyway answers 404 `<UnknownOperationException/>` like DynamoDB's front end",
              (c, k, l) -> c.id().startsWith("http/") && k.status() == 404),
          new KnownWireDifference("W7",
              "numbers: DynamoDB Local returns them as written (`1.50`); DynamoDB returns them canonical (`1.5`)",
              (c, k, l) -> k.status() == 200 && !k.equals(l) && canonicalNumbers(k).equals(canonicalNumbers(l))),
          new KnownWireDifference("W8",
              "TableDescription: DynamoDB Local sends LastIncreaseDateTime/LastDecreaseDateTime of 0 for never-changed"
                  + " throughput, omits a GSI's NumberOfDecreasesToday and reports ACTIVE from DeleteTable; Keyway"
                  + " omits never-set dates, sends NumberOfDecreasesToday and DELETING, as DynamoDB's documented examples do",
              (c, k, l) -> idIn(c, "ok/CreateTable", "ok/CreateTable-ondemand", "ok/DescribeTable",
                  "ok/DescribeTable-ondemand", "ok/UpdateTable", "ok/DeleteTable", "ok/DeleteTable-2")),
          new KnownWireDifference("W9",
              "engine validation messages already listed in 'Known differences from DynamoDB Local' (D1 not-found,"
                  + " D2 missing members, D3 table names, D10 Limit) and the item model's DynamoDB messages for bad"
                  + " numbers (`The parameter cannot be converted to a numeric value: x`) and duplicate set elements"
                  + " (ends with a period)",
              (c, k, l) -> idIn(c, "json/empty-object-getitem", "unknown/lowercase-tablename", "unknown/in-structure",
                  "type/ListTables.Limit=-1", "ok/ResourceNotFound", "av/{\"N\":\"x\"}", "av/{\"NS\":[\"x\"]}",
                  "av/{\"SS\":[\"a\",\"a\"]}")),
          new KnownWireDifference("W10",
              "OPEN: with ReturnConsumedCapacity TOTAL Keyway's engine also sends ReadCapacityUnits/WriteCapacityUnits;"
                  + " DynamoDB Local sends only CapacityUnits and TableName, as DynamoDB's documented examples and"
                  + " aws-sdk-java#1986 / aws-sdk-go#2699 show; to be fixed in the engine's capacity code",
              (c, k, l) -> idIn(c, "ok/PutItem-ALL_OLD", "ok/GetItem-capacity", "ok/Query")),
          new KnownWireDifference("W11",
              "a JSON null as an attribute value in an item (`\"a\":null`): DynamoDB Local rejects it (`The supplied Item"
                  + " contains a null AttributeValue`); Keyway drops the member as the JSON 1.0 protocol does for null"
                  + " values (not confirmed against DynamoDB)",
              (c, k, l) -> idIn(c, "av/null")),
          new KnownWireDifference("W12",
              "a cancellation reason for a failed condition: DynamoDB Local's Message ends with a period;"
                  + " DynamoDB's is `The conditional request failed` (a captured DynamoDB response in pynamodb#1225)",
              (c, k, l) -> idIn(c, "ok/TransactionCanceled")));

  /** W3: DynamoDB Local spells every error's message member "Message"; DynamoDB only SerializationException's. */
  static final String W3 =
      "DynamoDB Local spells the message member `Message` in every error; DynamoDB spells it `message`"
          + " except in SerializationException (and the other com.amazon.coral.service errors)";

  private static final String AUTH =
      "AWS4-HMAC-SHA256 Credential=AKIDWIRETEST/20240101/us-east-1/dynamodb/aws4_request, "
          + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
          + "Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private Engine engine;
  private KeywayServer keyway;
  private DynamoDBProxyServer local;
  private String localEndpoint;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  /** One raw request. {@code target} null sends no X-Amz-Target; {@code method} GET sends no body. */
  record Case(String id, String method, String path, String target, String contentType, String body) {
    static Case post(String id, String operation, String body) {
      return new Case(id, "POST", "/", operation == null ? null : "DynamoDB_20120810." + operation, "application/x-amz-json-1.0", body);
    }
  }

  /** What is compared: status, error type after '#', message member name and text, or the normalized body. */
  record Outcome(int status, String type, String messageKey, String message, Object body) {
    @Override
    public String toString() {
      return type == null
          ? status + " " + body
          : status + " " + type + (messageKey == null ? "" : " " + messageKey + "=" + message) + (body == null ? "" : " " + body);
    }

    Outcome withMessageKey(String key) {
      return new Outcome(status, type, key, message, body);
    }
  }

  @BeforeAll
  void start() throws Exception {
    engine = Engine.inMemory();
    keyway = KeywayServer.start(engine, ServerConfig.defaults(0));
    int port = freePort();
    local = ServerRunner.createServerFromCommandLineArgs(
        new String[] {"-inMemory", "-port", String.valueOf(port), "-disableTelemetry"});
    local.start();
    localEndpoint = "http://127.0.0.1:" + port;
    for (String endpoint : List.of(keyway.endpoint(), localEndpoint)) {
      HttpResponse<String> r = send(endpoint, Case.post("setup", "CreateTable", "{\"TableName\":\"Wire\",\"BillingMode\":\"PAY_PER_REQUEST\","
          + "\"AttributeDefinitions\":[{\"AttributeName\":\"PK\",\"AttributeType\":\"S\"},{\"AttributeName\":\"SK\",\"AttributeType\":\"S\"}],"
          + "\"KeySchema\":[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"SK\",\"KeyType\":\"RANGE\"}]}"));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      // Requests that DynamoDB Local accepts and Keyway rejects (W2, W4) write here, so Wire stays the same on both.
      r = send(endpoint, Case.post("setup", "CreateTable", "{\"TableName\":\"Junk\",\"BillingMode\":\"PAY_PER_REQUEST\","
          + "\"AttributeDefinitions\":[{\"AttributeName\":\"PK\",\"AttributeType\":\"S\"},{\"AttributeName\":\"SK\",\"AttributeType\":\"S\"}],"
          + "\"KeySchema\":[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"SK\",\"KeyType\":\"RANGE\"}]}"));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      r = send(endpoint, Case.post("setup", "PutItem", "{\"TableName\":\"Wire\",\"Item\":{\"PK\":{\"S\":\"p\"},\"SK\":{\"S\":\"1\"},\"n\":{\"N\":\"1\"}}}"));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
  }

  static Map<String, Object> tree(Outcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", o.status());
    if (o.type() != null) {
      m.put("__type", o.type());
      if (o.messageKey() != null) {
        m.put("messageMember", o.messageKey());
        m.put("message", o.message());
      }
    }
    if (o.body() != null) {
      m.put("body", o.body());
    }
    return m;
  }

  static void record(Case c, Outcome expected, String id, Outcome reference) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("case", c.id());
    if (id != null) {
      step.put("note", id);
      step.put("reference", tree(reference));
    }
    Map<String, Object> req = new LinkedHashMap<>();
    req.put("method", c.method());
    if (!c.path().equals("/")) req.put("path", c.path());
    req.put("target", c.target());
    req.put("contentType", c.contentType());
    req.put("body", c.body());
    step.put("request", req);
    step.put("expect", tree(expected));
    dev.keyway.engine.diff.Recorder.raw("wire", step);
  }

  @AfterAll
  void stop() throws Exception {
    dev.keyway.engine.diff.Recorder.write("wire", "wire");
    if (local != null) {
      local.stop();
    }
    if (keyway != null) {
      keyway.close();
    }
    if (engine != null) {
      engine.close();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private HttpResponse<String> send(String endpoint, Case c) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint + c.path())).timeout(Duration.ofSeconds(30));
    if (c.contentType() != null) {
      b.header("Content-Type", c.contentType());
    }
    if (c.target() != null) {
      b.header("X-Amz-Target", c.target());
    }
    b.header("X-Amz-Date", "20240101T000000Z");
    b.header("Authorization", AUTH);
    if (c.method().equals("GET")) {
      b.GET();
    } else {
      b.method(c.method(), HttpRequest.BodyPublishers.ofString(c.body() == null ? "" : c.body()));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static Outcome outcome(HttpResponse<String> r) {
    Object body;
    try {
      body = parse(r.body());
    } catch (IOException e) {
      body = "<not json> " + r.body().strip();
    }
    if (r.statusCode() != 200 && body instanceof Map<?, ?> m && m.get("__type") instanceof String t) {
      String type = t.substring(t.indexOf('#') + 1);
      String key = m.containsKey("message") ? "message" : m.containsKey("Message") ? "Message" : null;
      Map<String, Object> rest = new LinkedHashMap<>();
      m.forEach((name, value) -> {
        if (!name.equals("__type") && !name.equals(key)) {
          rest.put((String) name, value);
        }
      });
      return new Outcome(r.statusCode(), type, key, key == null ? null : String.valueOf(m.get(key)),
          rest.isEmpty() ? null : normalize(rest));
    }
    return new Outcome(r.statusCode(), null, null, null, normalize(body));
  }

  private static final Set<String> VOLATILE =
      Set.of("CreationDateTime", "TableArn", "TableId", "LastIncreaseDateTime", "LastDecreaseDateTime",
          "LastUpdateToPayPerRequestDateTime", "IndexArn", "LatestStreamArn", "LatestStreamLabel");

  /** Drops timestamps, ids and ARNs (Keyway and DynamoDB Local differ in which of them they send, W8). */
  @SuppressWarnings("unchecked")
  static Object normalize(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      ((Map<String, Object>) m).forEach((k, x) -> {
        if (!VOLATILE.contains(k)) {
          out.put(k, normalize(x));
        }
      });
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(normalize(x)));
      return out;
    }
    return v;
  }

  private static final JsonFactory JSON = new JsonFactory();

  static Object parse(String text) throws IOException {
    try (JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() == null) {
        throw new IOException("empty");
      }
      Object v = value(p);
      if (p.nextToken() != null) {
        throw new IOException("trailing");
      }
      return v;
    }
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Object> m = new LinkedHashMap<>();
      String name;
      while ((name = p.nextFieldName()) != null) {
        p.nextToken();
        m.put(name, value(p));
      }
      return m;
    }
    if (t == JsonToken.START_ARRAY) {
      List<Object> l = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        l.add(value(p));
      }
      return l;
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue().stripTrailingZeros().toPlainString();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return p.getBooleanValue();
    }
    return p.getText();
  }

  @TestFactory
  Stream<DynamicTest> sameAnswers() {
    return WireCases.all().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> compare(c)));
  }

  /** The outcome with every {"N": ...} value and number set element in canonical form (W7). */
  static Object canonicalNumbers(Object v) {
    if (v instanceof Outcome o) {
      return new Outcome(o.status(), o.type(), o.messageKey(), o.message(), canonicalNumbers(o.body()));
    }
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new TreeMap<>();
      m.forEach((k, x) -> {
        if (k.equals("N") && x instanceof String n) {
          out.put(k, new java.math.BigDecimal(n).stripTrailingZeros().toPlainString());
        } else if (k.equals("NS") && x instanceof List<?> l) {
          out.put(k, l.stream().map(n -> new java.math.BigDecimal((String) n).stripTrailingZeros().toPlainString()).toList());
        } else {
          out.put(k, canonicalNumbers(x));
        }
      });
      return out;
    }
    if (v instanceof List<?> l) {
      return l.stream().map(WireDifferentialTest::canonicalNumbers).toList();
    }
    return v;
  }

  private void compare(Case c) throws Exception {
    Outcome k = outcome(send(keyway.endpoint(), c));
    Outcome l = outcome(send(localEndpoint, c));
    if (Boolean.getBoolean("wire.dump")) {
      System.out.println("WIRE " + c.id() + "\n  keyway: " + k + "\n  local:  " + l);
    }
    // W3: DynamoDB Local's capitalised message member, tolerated where DynamoDB spells it in lower case.
    if ("Message".equals(l.messageKey()) && "message".equals(k.messageKey())) {
      l = l.withMessageKey("message");
    }
    if (k.equals(l)) {
      record(c, k, null, null);
      return;
    }
    for (KnownWireDifference d : KNOWN_WIRE_DIFFERENCES) {
      if (d.matcher().matches(c, k, l)) {
        record(c, k, d.id(), l);
        return;
      }
    }
    assertThat(k).as(c.id() + " (no known wire difference explains it)").isEqualTo(l);
  }

  /** Every answer Keyway gave was a well-formed DynamoDB answer: no 500s, and errors carry a type. */
  @TestFactory
  Stream<DynamicTest> keywayNeverFailsInternally() {
    return WireCases.all().stream()
        .filter(c -> !c.id().startsWith("ok/"))
        .map(c -> DynamicTest.dynamicTest(c.id(), () -> {
          HttpResponse<String> r = send(keyway.endpoint(), c);
          assertThat(r.statusCode()).as(r.body()).isIn(200, 400, 404);
        }));
  }
}
