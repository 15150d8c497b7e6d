package dev.keyway.engine.cli;

import dev.keyway.engine.server.ServerConfig;
import dev.keyway.engine.server.ServerLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code serve}'s resource limits (docs/server.md, "Limits"); each defaults to the server's own. */
final class LimitOptions {
  @Option(
      names = "--max-connections",
      paramLabel = "N",
      defaultValue = "" + ServerLimits.DEFAULT_MAX_CONNECTIONS,
      description = "Open connections at most; further ones are closed when accepted. Default: ${DEFAULT-VALUE}.")
  int maxConnections;

  @Option(
      names = "--max-queued-requests",
      paramLabel = "N",
      defaultValue = "" + ServerLimits.DEFAULT_MAX_QUEUED_REQUESTS,
      description = "Requests waiting for an engine thread at most; more are refused with RequestLimitExceeded. Default: ${DEFAULT-VALUE}.")
  int maxQueuedRequests;

  @Option(
      names = "--request-timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "Time to receive a whole request from its first byte, then the connection is closed. Default: ${DEFAULT-VALUE}.")
  long requestTimeoutSeconds;

  @Option(
      names = "--write-timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "Time for a response to be written (read by the client), then the connection is closed. Default: ${DEFAULT-VALUE}.")
  long writeTimeoutSeconds;

  @Option(
      names = "--idle-timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "A connection with nothing read or written for this long is closed. Default: ${DEFAULT-VALUE}.")
  long idleTimeoutSeconds;

  /** @throws IllegalArgumentException naming the option when a limit is not positive */
  void check() {
    positive(maxConnections, "--max-connections");
    positive(maxQueuedRequests, "--max-queued-requests");
    positive(requestTimeoutSeconds, "--request-timeout");
    positive(writeTimeoutSeconds, "--write-timeout");
    positive(idleTimeoutSeconds, "--idle-timeout");
  }

  /** {@code config} with these limits; {@link #check()} them first. */
  ServerConfig applyTo(ServerConfig config) {
    ServerLimits limits = new ServerLimits(
        maxConnections, Duration.ofSeconds(requestTimeoutSeconds), Duration.ofSeconds(writeTimeoutSeconds), maxQueuedRequests);
    return config.withLimits(limits).withIdleTimeout(Duration.ofSeconds(idleTimeoutSeconds));
  }

  private static void positive(long value, String option) {
    if (value <= 0) {
      throw new IllegalArgumentException(option + " must be positive, not " + value);
    }
  }
}
