package dev.keyway.engine.server;

import dev.keyway.engine.server.auth.IdentityPolicies;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link KeywayServer} listens and behaves. {@code port} 0 picks a free port.
 *
 * <p>{@code credentials} maps access key ids to keys; when it is null every request is accepted
 * whatever its credentials (for local development and tests), otherwise each request must carry a valid AWS
 * Signature Version 4 by one of these keys. {@code region}, when not null, is the only region a
 * signature's credential scope may name. {@code policies}, when not null (it needs credentials),
 * decides what each key may do; without it each key's identity allows everything. With
 * credentials, the tables' resource-based policies are enforced either way (an explicit Deny in one
 * refuses even a key whose identity allows everything); without them nobody is authenticated, so
 * resource-based policies are stored but have no caller to apply to.
 * {@code tls}, when not null, makes the server speak HTTPS only (TLS 1.2 and 1.3). {@code limits}
 * bounds what clients may hold (connections, slow requests and responses, queued requests).
 */
public record ServerConfig(
    String host,
    int port,
    int maxRequestBytes,
    Duration idleTimeout,
    Duration shutdownGrace,
    int workerThreads,
    Map<String, AccessKey> credentials,
    String region,
    IdentityPolicies policies,
    ServerTls tls,
    ServerLimits limits) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  /** DynamoDB's limit on a request body. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 16 * 1024 * 1024;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    Objects.requireNonNull(limits, "limits");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (maxRequestBytes <= 0 || workerThreads <= 0) {
      throw new IllegalArgumentException("maxRequestBytes and workerThreads must be positive");
    }
    if (policies != null && credentials == null) {
      throw new IllegalArgumentException("policies need credentials: without signatures there is no caller to authorize");
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
        null,
        null,
        null,
        null,
        ServerLimits.defaults());
  }

  public ServerConfig withHost(String host) {
    return new ServerConfig(host, port, maxRequestBytes, idleTimeout, shutdownGrace, workerThreads, credentials, region, policies, tls, limits);
  }

  /** Long-term keys: secret by access key id. */
  public ServerConfig withCredentials(Map<String, String> secrets) {
    Map<String, AccessKey> keys = null;
    if (secrets != null) {
      keys = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : secrets.entrySet()) {
        keys.put(e.getKey(), AccessKey.longTerm(e.getKey(), e.getValue()));
      }
    }
    return withAccessKeys(keys);
  }

  /** Keys by access key id, possibly with session tokens; null turns signature checks off. */
  public ServerConfig withAccessKeys(Map<String, AccessKey> keys) {
    return new ServerConfig(host, port, maxRequestBytes, idleTimeout, shutdownGrace, workerThreads, keys, region, policies, tls, limits);
  }

  public ServerConfig withRegion(String region) {
    return new ServerConfig(host, port, maxRequestBytes, idleTimeout, shutdownGrace, workerThreads, credentials, region, policies, tls, limits);
  }

  public ServerConfig withPolicies(IdentityPolicies policies) {
    return new ServerConfig(host, port, maxRequestBytes, idleTimeout, shutdownGrace, workerThreads, credentials, region, policies, tls, limits);
  }

  /** HTTPS with this certificate; null for plain HTTP. */
  public ServerConfig withTls(ServerTls tls) {
    return new ServerConfig(host, port, maxRequestBytes, idleTimeout, shutdownGrace, workerThreads, credentials, region, policies, tls, limits);
  }

  public ServerConfig withIdleTimeout(Duration idleTimeout) {
    return new ServerConfig(host, port, maxRequestBytes, idleTimeout, shutdownGrace, workerThreads, credentials, region, policies, tls, limits);
  }

  public ServerConfig withMaxRequestBytes(int maxRequestBytes) {
    return new ServerConfig(host, port, maxRequestBytes, idleTimeout, shutdownGrace, workerThreads, credentials, region, policies, tls, limits);
  }

  public ServerConfig withLimits(ServerLimits limits) {
    return new ServerConfig(host, port, maxRequestBytes, idleTimeout, shutdownGrace, workerThreads, credentials, region, policies, tls, limits);
  }

  public ServerConfig withWorkerThreads(int workerThreads) {
    return new ServerConfig(host, port, maxRequestBytes, idleTimeout, shutdownGrace, workerThreads, credentials, region, policies, tls, limits);
  }
}
