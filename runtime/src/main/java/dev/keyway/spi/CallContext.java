package dev.keyway.spi;

import java.security.Principal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link Interceptor} knows about a call besides its request: who made it (when the caller
 * was authenticated, e.g. by the server's signature check), where it came from (for calls the
 * server received), when it started, and attributes through which the interceptors of one call pass
 * values to each other. One context per call; not for use by several threads at once.
 */
public final class CallContext {
  private final Principal principal;
  private final ClientOrigin origin;
  private final Instant startTime;
  private Map<String, Object> attributes; // most calls never need one

  private CallContext(Principal principal, ClientOrigin origin, Instant startTime) {
    this.principal = principal;
    this.origin = origin;
    this.startTime = Objects.requireNonNull(startTime, "startTime");
  }

  /** A call by an authenticated principal that started at {@code startTime}. */
  public static CallContext of(Principal principal, Instant startTime) {
    return new CallContext(Objects.requireNonNull(principal, "principal"), null, startTime);
  }

  /** A call by a caller nobody authenticated (an in-process call), starting now. */
  public static CallContext anonymous() {
    return new CallContext(null, null, Instant.now());
  }

  /** A call by a caller nobody authenticated, that started at {@code startTime}. */
  public static CallContext anonymous(Instant startTime) {
    return new CallContext(null, null, startTime);
  }

  /** The same call, received over the network from {@code origin}; a new context without attributes. */
  public CallContext from(ClientOrigin origin) {
    return new CallContext(principal, Objects.requireNonNull(origin, "origin"), startTime);
  }

  /** The authenticated caller; empty when the call was not authenticated. */
  public Optional<Principal> principal() {
    return Optional.ofNullable(principal);
  }

  /** Where the call came from; empty for in-process calls. */
  public Optional<ClientOrigin> origin() {
    return Optional.ofNullable(origin);
  }

  public Instant startTime() {
    return startTime;
  }

  /** Values the interceptors of this call share, by name; mutable. */
  public Map<String, Object> attributes() {
    if (attributes == null) {
      attributes = new HashMap<>();
    }
    return attributes;
  }

  @Override
  public String toString() {
    return "CallContext[principal=" + (principal == null ? "none" : principal.getName())
        + (origin == null ? "" : ", origin=" + origin.address().getHostAddress() + (origin.secureTransport() ? " (TLS)" : ""))
        + ", startTime=" + startTime + "]";
  }
}
