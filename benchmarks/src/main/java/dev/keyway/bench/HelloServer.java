package dev.keyway.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The floor of {@link StartupBenchmark}: the JDK's own HTTP server answering every request with
 * {@code {}}, on {@code 127.0.0.1:PORT}. What any JVM HTTP server costs before it does anything.
 */
public final class HelloServer {
  private HelloServer() {}

  public static void main(String[] args) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }
}
