package dev.keyway.engine.server.auth;

import dev.keyway.spi.ClientOrigin;

/** One thing a request asks to do: an IAM action on a resource ARN, with its condition key values. */
record AccessRequest(String action, String resource, RequestFacts facts) {
  /**
   * The same access, asked by this caller from this origin: its facts then also answer the caller's
   * and the connection's condition keys.
   */
  AccessRequest by(Principal caller, ClientOrigin origin) {
    return new AccessRequest(action, resource, new CallerFacts(caller, origin, facts));
  }
}
