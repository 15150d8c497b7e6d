package dev.keyway.engine.server.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 9 (6, 8): over-long numbers, JSON numbers no member can hold, and broken HTTP framing are
 * DynamoDB-shaped errors; none costs seconds of CPU, none is silently changed, none is an empty
 * answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireLimitsTest {
  private static final String BIG_NUMBER = "class com.amazon.coral.value.json.numbers.TruncatingBigNumber";

  private Engine engine;
  private KeywayServer server;
  private WireClient wire;

  @BeforeAll
  void start() throws Exception {
    engine = Engine.inMemory();
    server = KeywayServer.start(engine, ServerConfig.defaults(0).withMaxRequestBytes(64 * 1024 * 1024));
    wire = new WireClient(server);
    wire.ok("CreateTable", """
        {"TableName":"Items","BillingMode":"PAY_PER_REQUEST",
         "AttributeDefinitions":[{"AttributeName":"PK","AttributeType":"S"}],
         "KeySchema":[{"AttributeName":"PK","KeyType":"HASH"}]}""");
  }

  @AfterAll
  void stop() {
    server.close();
    engine.close();
  }

  @Test
  void hundredThousandDigitNumberIsAnOverflow() throws Exception {
    wire.assertValidation("PutItem", "{\"TableName\":\"Items\",\"Item\":{\"PK\":{\"S\":\"a\"},"
            + "\"n\":{\"N\":\"1" + "0".repeat(100_000) + "\"}}}",
        "Number overflow. Attempting to store a number with magnitude larger than supported range");
  }

  @Test
  void hundredThousandDigitsInANumberSetAreTooMany() throws Exception {
    wire.assertValidation("PutItem", "{\"TableName\":\"Items\",\"Item\":{\"PK\":{\"S\":\"a\"},"
            + "\"n\":{\"NS\":[\"1\",\"" + "7".repeat(100_000) + "\"]}}}",
        "Attempting to store more than 38 significant digits in a Number");
  }

  @Test
  void capacityBeyondLongIsNotClampedToLongMaxValue() throws Exception {
    wire.assertError("CreateTable", """
        {"TableName":"Big","ProvisionedThroughput":{"ReadCapacityUnits":9223372036854775808,"WriteCapacityUnits":1},
         "AttributeDefinitions":[{"AttributeName":"PK","AttributeType":"S"}],
         "KeySchema":[{"AttributeName":"PK","KeyType":"HASH"}]}""",
        WireClient.SERIALIZATION, BIG_NUMBER + " can not be converted to an Long");
  }

  @Test
  void limitOfTenToTheFourHundredIsRejected() throws Exception {
    wire.assertError("Scan", "{\"TableName\":\"Items\",\"Limit\":1e400}",
        WireClient.SERIALIZATION, BIG_NUMBER + " can not be converted to an Integer");
  }

  @Test
  void limitWithAHugeExponentCostsNoArithmetic() throws Exception {
    wire.assertError("Scan", "{\"TableName\":\"Items\",\"Limit\":1e999999999}",
        WireClient.SERIALIZATION, BIG_NUMBER + " can not be converted to an Integer");
  }

  @Test
  void limitJustBeyondIntIsRejected() throws Exception {
    wire.assertError("Scan", "{\"TableName\":\"Items\",\"Limit\":2147483648}",
        WireClient.SERIALIZATION, BIG_NUMBER + " can not be converted to an Integer");
  }

  @Test
  void fractionsAreStillRoundedDown() throws Exception {
    assertThat(wire.ok("Scan", "{\"TableName\":\"Items\",\"Limit\":1.9,\"Select\":\"COUNT\"}"))
        .contains("\"ScannedCount\":0");
    wire.assertValidation("Scan", "{\"TableName\":\"Items\",\"Limit\":0.5}",
        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member "
            + "must have value greater than or equal to 1");
  }

  @Test
  void malformedFramingGetsAJsonError() throws Exception {
    String answer = exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n{}");
    assertThat(answer).startsWith("HTTP/1.1 400 Bad Request\r\n");
    assertThat(answer).contains("content-type: application/x-amz-json-1.0\r\n");
    assertThat(answer).endsWith("\r\n\r\n{\"__type\":\"com.amazon.coral.service#SerializationException\","
        + "\"Message\":\"The request is not well-formed HTTP/1.1\"}");
  }

  @Test
  void declaredOversizedBodyWithExpectContinueGetsAJsonError() throws Exception {
    String answer = exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.0\r\n"
        + "Expect: 100-continue\r\nContent-Length: 999999999999\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 413 Request Entity Too Large\r\n");
    assertThat(answer).contains("content-type: application/x-amz-json-1.0\r\n");
    assertThat(answer).contains("\r\n\r\n{\"__type\":\"com.amazon.coral.service#RequestEntityTooLargeException\"");
  }

  /** Sends raw bytes and reads the answer until the server closes or one response is complete. */
  private String exchange(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      int n;
      while (!complete(answer.toString(StandardCharsets.UTF_8)) && (n = in.read(buffer)) > 0) {
        answer.write(buffer, 0, n);
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  private static boolean complete(String answer) {
    int headersEnd = answer.indexOf("\r\n\r\n");
    if (headersEnd < 0) {
      return false;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)")
        .matcher(answer.substring(0, headersEnd));
    return m.find() && answer.length() - headersEnd - 4 >= Integer.parseInt(m.group(1));
  }
}
