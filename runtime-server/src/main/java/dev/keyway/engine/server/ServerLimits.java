package dev.keyway.engine.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one server lets its clients hold, so that no client (slow, stalled or too many) can
 * exhaust memory, threads or file descriptors. Every limit is positive.
 *
 * @param maxConnections open connections at most; further ones are closed as soon as accepted
 * @param requestTimeout the time from a request's first byte to its last: a client trickling a
 *     request byte by byte is closed after it
 * @param writeTimeout the time a response may take to be written: a client that does not read
 *     its response is closed after it
 * @param maxQueuedRequests requests waiting for an engine thread at most; beyond that requests
 *     are refused with DynamoDB's RequestLimitExceeded instead of waiting
 */
public record ServerLimits(int maxConnections, Duration requestTimeout, Duration writeTimeout, int maxQueuedRequests) {

  public static final int DEFAULT_MAX_CONNECTIONS = 1000;
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(60);
  public static final int DEFAULT_MAX_QUEUED_REQUESTS = 256;

  public ServerLimits {
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(writeTimeout, "writeTimeout");
    if (maxConnections <= 0 || maxQueuedRequests <= 0) {
      throw new IllegalArgumentException("maxConnections and maxQueuedRequests must be positive");
    }
    if (requestTimeout.toMillis() <= 0 || writeTimeout.toMillis() <= 0) {
      throw new IllegalArgumentException("requestTimeout and writeTimeout must be at least a millisecond");
    }
  }

  public static ServerLimits defaults() {
    return new ServerLimits(DEFAULT_MAX_CONNECTIONS, DEFAULT_REQUEST_TIMEOUT, DEFAULT_WRITE_TIMEOUT, DEFAULT_MAX_QUEUED_REQUESTS);
  }

  public ServerLimits withMaxConnections(int maxConnections) {
    return new ServerLimits(maxConnections, requestTimeout, writeTimeout, maxQueuedRequests);
  }

  public ServerLimits withRequestTimeout(Duration requestTimeout) {
    return new ServerLimits(maxConnections, requestTimeout, writeTimeout, maxQueuedRequests);
  }

  public ServerLimits withWriteTimeout(Duration writeTimeout) {
    return new ServerLimits(maxConnections, requestTimeout, writeTimeout, maxQueuedRequests);
  }

  public ServerLimits withMaxQueuedRequests(int maxQueuedRequests) {
    return new ServerLimits(maxConnections, requestTimeout, writeTimeout, maxQueuedRequests);
  }
}
