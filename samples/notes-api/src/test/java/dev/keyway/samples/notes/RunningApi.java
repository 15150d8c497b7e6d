package dev.keyway.samples.notes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyway.spi.Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The service on a free loopback port, called over HTTP as a client would. */
final class RunningApi implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  final NotesApi api;
  private final HttpClient http = HttpClient.newHttpClient();

  RunningApi(Backend backend) {
    this.api = NotesApi.start(backend, 0, new SteppingClock());
  }

  /** A status, the headers and the JSON body (null when there is none). */
  record Reply(int status, HttpHeaders headers, JsonNode body) {
    String text(String field) {
      return body.path(field).asText(null);
    }

    /** The ids of the notes in the array {@code field} of the body, in order. */
    List<String> ids(String field) {
      return body.get(field).findValuesAsText("id");
    }
  }

  Reply post(String user, String path, String json) {
    return send(user, path, "POST", json);
  }

  Reply put(String user, String path, String json) {
    return send(user, path, "PUT", json);
  }

  Reply get(String user, String path) {
    return send(user, path, "GET", null);
  }

  Reply delete(String user, String path) {
    return send(user, path, "DELETE", null);
  }

  /** Creates a note and returns its id. */
  String create(String user, String text, String... tags) {
    String json = JSON.createObjectNode().put("text", text).set("tags", JSON.valueToTree(tags)).toString();
    Reply created = post(user, "/notes", json);
    if (created.status() != 201) {
      throw new AssertionError("POST /notes: " + created);
    }
    return created.text("id");
  }

  /** {@code user} null sends no X-User-Id header; {@code json} null sends no body. */
  Reply send(String user, String path, String method, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.uri() + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
    if (user != null) {
      request.header("X-User-Id", user);
    }
    try {
      var response = http.send(request.build(), BodyHandlers.ofString());
      JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
      return new Reply(response.statusCode(), response.headers(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    api.close();
  }

  /** A clock one second further at every reading, so notes created one after another have distinct times. */
  static final class SteppingClock extends Clock {
    private Instant now = Instant.parse("2025-03-01T10:00:00Z");

    @Override
    public synchronized Instant instant() {
      now = now.plusSeconds(1);
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException("a test clock in UTC");
    }
  }
}
