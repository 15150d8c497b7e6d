package dev.keyway.engine.server.auth;

import java.util.Objects;

/** Who sent a request whose signature checked out: the access key it was signed with. */
public record Caller(String accessKeyId) {
  public Caller {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
  }
}
