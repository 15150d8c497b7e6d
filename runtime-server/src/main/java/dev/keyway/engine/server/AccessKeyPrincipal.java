package dev.keyway.engine.server;

import java.security.Principal;
import java.util.Objects;

/** The caller of a request whose Signature Version 4 checked out: the access key that signed it. */
public record AccessKeyPrincipal(String accessKeyId) implements Principal {

  public AccessKeyPrincipal {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
  }

  /** The access key id. */
  @Override
  public String getName() {
    return accessKeyId;
  }
}
