package dev.keyway.engine.server;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link KeywayServer} listens and behaves. {@code port} 0 picks a free port.
 * {@code credentials} maps access key ids to secret keys; when it is null every request is accepted
 * whatever its credentials (for local development and tests), otherwise each request must carry a valid AWS
 * Signature Version 4 by one of these keys.
 */
public record ServerConfig(
    String host,
    int port,
    int maxRequestBytes,
    Duration idleTimeout,
    Duration shutdownGrace,
    int workerThreads,
    Map<String, String> credentials) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  /** DynamoDB's limit on a request body. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 16 * 1024 * 1024;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (maxRequestBytes <= 0 || workerThreads <= 0) {
      throw new IllegalArgumentException("maxRequestBytes and workerThreads must be positive");
    }
    credentials = credentials == null ? null : Map.copyOf(credentials);
  }

  /** Loopback, the given port, DynamoDB's limits, no signature checks. */
  public static ServerConfig defaults(int port) {
    return new ServerConfig(
        DEFAULT_HOST,
        port,
        DEFAULT_MAX_REQUEST_BYTES,
        Duration.ofSeconds(60),
        Duration.ofSeconds(10),
        Math.max(4, 2 * Runtime.getRuntime().availableProcessors()),
        null);
  }

  public ServerConfig withHost(String host) {
    return new ServerConfig(host, port, maxRequestBytes, idleTimeout, shutdownGrace, workerThreads, credentials);
  }

  public ServerConfig withCredentials(Map<String, String> credentials) {
    return new ServerConfig(host, port, maxRequestBytes, idleTimeout, shutdownGrace, workerThreads, credentials);
  }

  public ServerConfig withIdleTimeout(Duration idleTimeout) {
    return new ServerConfig(host, port, maxRequestBytes, idleTimeout, shutdownGrace, workerThreads, credentials);
  }

  public ServerConfig withMaxRequestBytes(int maxRequestBytes) {
    return new ServerConfig(host, port, maxRequestBytes, idleTimeout, shutdownGrace, workerThreads, credentials);
  }

  public ServerConfig withWorkerThreads(int workerThreads) {
    return new ServerConfig(host, port, maxRequestBytes, idleTimeout, shutdownGrace, workerThreads, credentials);
  }
}
