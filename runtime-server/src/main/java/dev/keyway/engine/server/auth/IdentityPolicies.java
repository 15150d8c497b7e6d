package dev.keyway.engine.server.auth;

import java.util.Map;
import java.util.Set;

/**
 * The identity policies of a server, by access key (read by {@link PolicyFile}). A key that no
 * principal lists has no policy, so every request signed with it is implicitly denied.
 */
public final class IdentityPolicies {
  private final Map<String, Principal> byAccessKey;

  IdentityPolicies(Map<String, Principal> byAccessKey) {
    this.byAccessKey = Map.copyOf(byAccessKey);
  }

  /** The access keys the file names. */
  public Set<String> accessKeys() {
    return byAccessKey.keySet();
  }

  Principal principalOf(String accessKeyId) {
    Principal p = byAccessKey.get(accessKeyId);
    if (p != null) {
      return p;
    }
    // Refusals still name a user; the key id stands in for the missing name.
    return Principal.unnamed(accessKeyId, false);
  }
}
