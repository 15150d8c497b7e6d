package dev.keyway.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve --throttling --metrics-port}: throttling over the wire and the Prometheus endpoint. */
class ServeMetricsCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final HttpClient http = HttpClient.newHttpClient();

  private CommandLine cli() {
    CommandLine cl = KeywayCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl;
  }

  private static HttpResponse<String> call(String endpoint, String operation, String body)
      throws Exception {
    return ServeCalls.call(endpoint, operation, body);
  }

  private String await(String pattern) throws InterruptedException {
    return ServeCalls.await(out, err, pattern);
  }

  @Test
  void throttledRequestsAndTheirUnitsShowOnThePrometheusEndpoint() throws Exception {
    CountDownLatch stop = new CountDownLatch(1);
    ServeCommand.stopSignal = stop;
    try {
      CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cli().execute(
          "serve", "--port", "0", "--throttling", "--metrics-port", "0"));
      String endpoint = await("listening on (http://\\S+)");
      String metrics = await("Metrics at (http://\\S+)");
      assertThat(out.toString()).contains(", throttling)");
      assertThat(call(endpoint, "CreateTable", "{\"TableName\":\"Tbl\","
          + "\"AttributeDefinitions\":[{\"AttributeName\":\"PK\",\"AttributeType\":\"S\"}],"
          + "\"KeySchema\":[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"}],"
          + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":1,\"WriteCapacityUnits\":1}}")
          .statusCode()).isEqualTo(200);
      String put = "{\"TableName\":\"Tbl\",\"Item\":{\"PK\":{\"S\":\"a\"}}}";
      String big = "{\"TableName\":\"Tbl\",\"Item\":{\"PK\":{\"S\":\"b\"},\"v\":{\"S\":\""
          + "x".repeat(300_000) + "\"}}}"; // 293 units of the 1 per second: refused for minutes
      assertThat(call(endpoint, "PutItem", big).statusCode()).isEqualTo(200);
      HttpResponse<String> throttled = call(endpoint, "PutItem", put);
      assertThat(throttled.statusCode()).isEqualTo(400);
      assertThat(throttled.body()).isEqualTo("{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
          + "ProvisionedThroughputExceededException\",\"message\":\"The level of configured "
          + "provisioned throughput for the table was exceeded. Consider increasing your "
          + "provisioning level with the UpdateTable API.\",\"ThrottlingReasons\":[{\"reason\":"
          + "\"TableWriteProvisionedThroughputExceeded\",\"resource\":"
          + "\"arn:aws:dynamodb:us-east-1:000000000000:table/Tbl\"}]}");

      HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(URI.create(metrics)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.headers().firstValue("Content-Type")).hasValue(
          "text/plain; version=0.0.4; charset=utf-8");
      assertThat(scrape.body()).contains(
          "dynamodb_consumed_write_capacity_units_total{index=\"\",table=\"Tbl\"} 293.0",
          "dynamodb_write_throttle_events_total{index=\"\",table=\"Tbl\"} 1.0",
          "dynamodb_throttled_requests_total{operation=\"PutItem\",table=\"Tbl\"} 1.0",
          "dynamodb_successful_request_latency_seconds_count{operation=\"PutItem\",table=\"Tbl\"} 1");

      HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(
          URI.create(metrics.replace("/metrics", "/other"))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(elsewhere.statusCode()).isEqualTo(404);
      stop.countDown();
      assertThat(run.get(10, TimeUnit.SECONDS)).isZero();
    } finally {
      ServeCommand.stopSignal = null;
    }
  }
}
