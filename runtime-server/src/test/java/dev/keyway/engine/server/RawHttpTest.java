package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The wire itself, with java.net.http: headers, malformed requests, limits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RawHttpTest {
  private Engine engine;
  private KeywayServer server;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  void start() throws Exception {
    engine = Engine.inMemory();
    server = KeywayServer.start(engine, ServerConfig.defaults(0).withMaxRequestBytes(1024 * 1024));
    post("CreateTable", "{\"TableName\":\"Raw\",\"BillingMode\":\"PAY_PER_REQUEST\","
        + "\"AttributeDefinitions\":[{\"AttributeName\":\"PK\",\"AttributeType\":\"S\"}],"
        + "\"KeySchema\":[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"}]}");
  }

  @AfterAll
  void stop() {
    server.close();
    engine.close();
  }

  HttpResponse<String> post(String operation, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
            .header("Content-Type", "application/x-amz-json-1.0")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (operation != null) {
      b.header("X-Amz-Target", operation.contains(".") ? operation : "DynamoDB_20120810." + operation);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** After every error the server still answers a normal request. */
  void stillServing() throws Exception {
    HttpResponse<String> ok = post("GetItem", "{\"TableName\":\"Raw\",\"Key\":{\"PK\":{\"S\":\"none\"}}}");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("{}");
  }

  @Nested
  class Headers {
    @Test
    void crc32RequestIdAndContentType() throws Exception {
      HttpResponse<String> r = post("PutItem", "{\"TableName\":\"Raw\",\"Item\":{\"PK\":{\"S\":\"h\"},\"n\":{\"N\":\"0010.50\"}}}");
      assertThat(r.statusCode()).isEqualTo(200);
      r = post("GetItem", "{\"TableName\":\"Raw\",\"Key\":{\"PK\":{\"S\":\"h\"}}}");
      assertThat(r.body()).isEqualTo("{\"Item\":{\"PK\":{\"S\":\"h\"},\"n\":{\"N\":\"10.5\"}}}");
      CRC32 crc = new CRC32();
      crc.update(r.body().getBytes(StandardCharsets.UTF_8));
      assertThat(r.headers().firstValue("x-amz-crc32")).hasValue(Long.toString(crc.getValue()));
      assertThat(r.headers().firstValue("x-amzn-RequestId")).hasValueSatisfying(id -> assertThat(id).matches("[A-Z0-9]{52}"));
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
    }
  }

  @Nested
  class Pipelining {
    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
      String[] bodies = {
        "{\"TableName\":\"Raw\",\"Item\":{\"PK\":{\"S\":\"pipe\"},\"v\":{\"N\":\"1\"}}}",
        "{\"TableName\":\"Raw\",\"Key\":{\"PK\":{\"S\":\"pipe\"}}}",
        "{\"TableName\":\"Raw\",\"Key\":{\"PK\":{\"S\":\"nothing-here\"}}}",
        "{\"TableName\":\"Raw\",\"Key\":{\"PK\":{\"S\":\"pipe\"}},\"UpdateExpression\":\"SET v = :two\","
            + "\"ExpressionAttributeValues\":{\":two\":{\"N\":\"2\"}},\"ReturnValues\":\"UPDATED_NEW\"}",
      };
      String[] targets = {"PutItem", "GetItem", "GetItem", "UpdateItem"};
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < bodies.length; i++) {
        byte[] body = bodies[i].getBytes(StandardCharsets.UTF_8);
        all.append("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.0\r\n")
            .append("X-Amz-Target: DynamoDB_20120810.").append(targets[i]).append("\r\n")
            .append("Content-Length: ").append(body.length).append("\r\n\r\n").append(bodies[i]);
      }
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
        socket.setSoTimeout(10_000);
        // Every request in one write: the server must answer them one by one, in order.
        socket.getOutputStream().write(all.toString().getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        java.io.DataInputStream in = new java.io.DataInputStream(socket.getInputStream());
        String[] expected = {
          "{}",
          "{\"Item\":{\"PK\":{\"S\":\"pipe\"},\"v\":{\"N\":\"1\"}}}",
          "{}",
          "{\"Attributes\":{\"v\":{\"N\":\"2\"}}}",
        };
        for (String want : expected) {
          String status = line(in);
          assertThat(status).startsWith("HTTP/1.1 200");
          int length = -1;
          for (String h = line(in); !h.isEmpty(); h = line(in)) {
            if (h.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
              length = Integer.parseInt(h.substring(h.indexOf(':') + 1).strip());
            }
          }
          byte[] body = new byte[length];
          in.readFully(body);
          assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(want);
        }
      }
      stillServing();
    }

    private String line(java.io.InputStream in) throws java.io.IOException {
      StringBuilder b = new StringBuilder();
      int c;
      while ((c = in.read()) != '\n') {
        if (c < 0) {
          throw new java.io.EOFException(b.toString());
        }
        if (c != '\r') {
          b.append((char) c);
        }
      }
      return b.toString();
    }
  }

  @Nested
  class Malformed {
    @Test
    void badJsonIsASerializationException() throws Exception {
      HttpResponse<String> r = post("GetItem", "{\"TableName\": ");
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).isEqualTo("{\"__type\":\"com.amazon.coral.service#SerializationException\"}");
      stillServing();
    }

    @Test
    void wrongJsonTypesAreSerializationExceptions() throws Exception {
      assertThat(post("GetItem", "{\"TableName\":5}").body())
          .isEqualTo("{\"__type\":\"com.amazon.coral.service#SerializationException\",\"Message\":"
              + "\"class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String\"}");
      assertThat(post("GetItem", "{\"TableName\":{}}").body())
          .contains("\"Message\":\"Start of structure or map found where not expected.\"");
      assertThat(post("GetItem", "{\"TableName\":\"Raw\",\"ConsistentRead\":[]}").body())
          .contains("\"Message\":\"Start of list found where not expected\"");
      assertThat(post("ListTables", "{\"Limit\":\"5\"}").body())
          .contains("\"Message\":\"class java.lang.String can not be converted to an Integer\"");
      assertThat(post("GetItem", "{\"TableName\":\"Raw\",\"Key\":{\"PK\":{\"B\":\"abc\"}}}").body())
          .contains("'abc' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 bytes but found: 3");
      stillServing();
    }

    @Test
    void invalidEnumIsAValidationException() throws Exception {
      HttpResponse<String> r = post("PutItem", "{\"TableName\":\"Raw\",\"Item\":{\"PK\":{\"S\":\"e\"}},\"ReturnValues\":\"X\"}");
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body())
          .isEqualTo("{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":"
              + "\"1 validation error detected: Value 'X' at 'returnValues' failed to satisfy constraint: "
              + "Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]\"}");
    }

    @Test
    void attributeValueWithoutTypeIsAValidationException() throws Exception {
      HttpResponse<String> r = post("PutItem", "{\"TableName\":\"Raw\",\"Item\":{\"PK\":{}}}");
      assertThat(r.body())
          .contains("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
      r = post("PutItem", "{\"TableName\":\"Raw\",\"Item\":{\"PK\":{\"S\":\"a\",\"N\":\"1\"}}}");
      assertThat(r.body()).contains("Supplied AttributeValue has more than one datatypes set");
    }

    @Test
    void missingOrUnknownTargetIsAnUnknownOperation() throws Exception {
      String expected = "{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}";
      HttpResponse<String> r = post(null, "{}");
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).isEqualTo(expected);
      assertThat(post("Frobnicate", "{}").body()).isEqualTo(expected);
      assertThat(post("DynamoDB_20111205.GetItem", "{}").body()).isEqualTo(expected);
      stillServing();
    }

    @Test
    void emptyBodyIsASerializationException() throws Exception {
      assertThat(post("ListTables", "").body()).isEqualTo("{\"__type\":\"com.amazon.coral.service#SerializationException\"}");
    }

    @Test
    void notAPostIs404() throws Exception {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/")).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.body()).isEqualTo("<UnknownOperationException/>\n");
      stillServing();
    }

    @Test
    void hugeBodyIsRejectedAndTheServerKeepsServing() throws Exception {
      String big = "{\"TableName\":\"Raw\",\"Item\":{\"PK\":{\"S\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}}}";
      HttpResponse<String> r = post("PutItem", big);
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.body()).isEqualTo(
          "{\"__type\":\"com.amazon.coral.service#RequestEntityTooLargeException\",\"message\":\"Request size exceeded 1048576 bytes\"}");
      stillServing();
    }
  }
}
