package dev.keyway.engine.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Serves the engine's metrics in Prometheus' text format at {@code GET /metrics}, on a port of its
 * own so that scrapes never queue behind DynamoDB requests (and need no signature). Anything else
 * gets 404; a method other than GET or HEAD gets 405.
 */
public final class MetricsEndpoint implements AutoCloseable {
  public static final String PATH = "/metrics";
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final HttpServer server;

  private MetricsEndpoint(HttpServer server) {
    this.server = server;
  }

  /** Listens on host:port (0 picks a free port); {@code scrape} renders the current figures. */
  public static MetricsEndpoint start(String host, int port, Supplier<String> scrape) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 16);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    server.createContext("/", exchange -> respond(exchange, scrape));
    server.start();
    return new MetricsEndpoint(server);
  }

  private static void respond(HttpExchange exchange, Supplier<String> scrape) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!exchange.getRequestURI().getPath().equals(PATH)) {
        send(exchange, 404, "text/plain", "Not found: metrics are at " + PATH + "\n", method);
      } else if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain", "Method not allowed\n", method);
      } else {
        send(exchange, 200, CONTENT_TYPE, scrape.get(), method);
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body,
      String method) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    boolean head = method.equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
