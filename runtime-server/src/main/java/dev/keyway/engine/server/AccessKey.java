package dev.keyway.engine.server;

import java.util.Objects;

/**
 * An access key the server accepts: its id, its secret, and, for temporary credentials, the session
 * token that every request signed with it must carry in a signed {@code X-Amz-Security-Token}
 * header ({@code null} for a long-term key).
 */
public record AccessKey(String id, String secret, String sessionToken) {
  public AccessKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
  }

  public static AccessKey longTerm(String id, String secret) {
    return new AccessKey(id, secret, null);
  }

  @Override
  public String toString() {
    // Secrets stay out of logs and exception messages.
    return "AccessKey[" + id + (sessionToken == null ? "]" : ", with session token]");
  }
}
