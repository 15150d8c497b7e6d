package dev.keyway.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What tests of a running {@code serve} share: waiting for its output, calling it over HTTP. */
final class ServeCalls {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ServeCalls() {}

  /** Waits up to 10 s for {@code pattern} in the command's output; returns its first group. */
  static String await(StringWriter out, StringWriter err, String pattern)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    Matcher m = Pattern.compile(pattern).matcher("");
    while (!m.reset(out.toString()).find() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(m.find(0)).as(out + " " + err).isTrue();
    return m.group(1);
  }

  /** One DynamoDB call (JSON 1.0, no signature). */
  static HttpResponse<String> call(String endpoint, String operation, String body)
      throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "/"))
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", "DynamoDB_20120810." + operation)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
