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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CommandLine cli() {
    CommandLine cl = KeywayCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl;
  }

  @Test
  void helpDescribesTheOptions() {
    assertThat(cli().execute("serve", "--help")).isZero();
    String help = out.toString().replaceAll("\\s+", " ");
    assertThat(help).contains("--port", "--host", "--credentials", "--data", "--durability", "--region", "--policies");
    assertThat(help).contains("survives a crash of the server (kill -9)");
    assertThat(help).contains("Default: 127.0.0.1");
  }

  @Test
  void dataKeepsTablesAcrossRestarts(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    assertThat(serveAndCall(data, "CreateTable", "{\"TableName\":\"Shop\",\"AttributeDefinitions\":"
        + "[{\"AttributeName\":\"PK\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":"
        + "\"PK\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}")).contains("\"TableName\":\"Shop\"");
    assertThat(out.toString()).contains("(data in " + data + ", GROUP durability;");
    assertThat(serveAndCall(data, "ListTables", "{}")).isEqualTo("{\"TableNames\":[\"Shop\"]}");
  }

  @Test
  void aDataDirectoryInUseIsRefused(@TempDir Path dir) {
    try (var owner = dev.keyway.engine.Engine.open(dir)) {
      assertThat(cli().execute("serve", "--port", "0", "--data", dir.toString())).isEqualTo(2);
      assertThat(err.toString()).startsWith("--data: Data directory " + dir + " is in use by another engine");
    }
  }

  /** Runs {@code serve --data}, sends one request, stops the server and returns the response body. */
  private String serveAndCall(Path data, String operation, String body) throws Exception {
    CountDownLatch stop = new CountDownLatch(1);
    ServeCommand.stopSignal = stop;
    out.getBuffer().setLength(0);
    try {
      CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
          () -> cli().execute("serve", "--port", "0", "--data", data.toString()));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      Matcher m = Pattern.compile("listening on (http://\\S+)").matcher("");
      while (!m.reset(out.toString()).find() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(m.find(0)).as(out + " " + err).isTrue();
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(m.group(1) + "/"))
              .header("Content-Type", "application/x-amz-json-1.0")
              .header("X-Amz-Target", "DynamoDB_20120810." + operation)
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      stop.countDown();
      assertThat(run.get(10, TimeUnit.SECONDS)).isZero();
      return r.body();
    } finally {
      ServeCommand.stopSignal = null;
    }
  }

  @Test
  void badCredentialsFileIsReported() {
    assertThat(cli().execute("serve", "--credentials", "/nonexistent/keys")).isEqualTo(2);
    assertThat(err.toString()).startsWith("--credentials: cannot read /nonexistent/keys");
  }

  /** Issue 9 (8): a port in use was a 38-line stack trace; it is one line and exit code 1. */
  @Test
  void portInUseIsOneLineAndExitCodeOne() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      assertThat(cli().execute("serve", "--port", Integer.toString(port))).isEqualTo(1);
      assertThat(err.toString()).isEqualTo(
          "Cannot listen on 127.0.0.1:" + port + ": Address already in use" + System.lineSeparator());
      assertThat(out.toString()).isEmpty();
    }
  }

  @Test
  void policiesAndRegionNeedCredentials() {
    assertThat(cli().execute("serve", "--policies", "/nonexistent/policies.json")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("--policies needs --credentials: only signed requests have a caller and a region." + System.lineSeparator());
  }

  @Test
  void policiesMustNameKnownKeys(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path keys = java.nio.file.Files.writeString(dir.resolve("keys.txt"), "AKIDONE secret1\n");
    java.nio.file.Path policies = java.nio.file.Files.writeString(dir.resolve("policies.json"),
        "{\"Principals\":[{\"Name\":\"two\",\"AccessKeys\":[\"AKIDTWO\"]}]}");
    assertThat(cli().execute("serve", "--credentials", keys.toString(), "--policies", policies.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("--policies: " + policies + " names access key AKIDTWO, which is not in " + keys + System.lineSeparator());
  }

  @Test
  void badPoliciesFileIsReported(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path keys = java.nio.file.Files.writeString(dir.resolve("keys.txt"), "AKIDONE secret1\n");
    java.nio.file.Path policies = java.nio.file.Files.writeString(dir.resolve("policies.json"), "{\"Principals\":{}}");
    assertThat(cli().execute("serve", "--credentials", keys.toString(), "--policies", policies.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("--policies: cannot read " + policies + ": " + policies + ": Principals must be a JSON array" + System.lineSeparator());
  }

  @Test
  void servesUntilStopped() throws Exception {
    CountDownLatch stop = new CountDownLatch(1);
    ServeCommand.stopSignal = stop;
    try {
      CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cli().execute("serve", "--port", "0"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      Matcher m = Pattern.compile("listening on (http://\\S+)").matcher("");
      while (!m.reset(out.toString()).find() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(m.find(0)).as(out.toString()).isTrue();
      String endpoint = m.group(1);
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(endpoint + "/"))
                      .header("Content-Type", "application/x-amz-json-1.0")
                      .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                      .POST(HttpRequest.BodyPublishers.ofString("{}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.body()).isEqualTo("{\"TableNames\":[]}");
      stop.countDown();
      assertThat(run.get(10, TimeUnit.SECONDS)).isZero();
      assertThat(out.toString()).contains("Keyway engine stopped");
    } finally {
      ServeCommand.stopSignal = null;
    }
  }
}
