package dev.keyway.engine.server.auth;

import java.util.List;

/**
 * IAM's evaluation of identity policies for one action on one resource: an applicable Deny wins,
 * otherwise an applicable Allow allows, otherwise the request is implicitly denied.
 */
final class PolicyEvaluator {
  enum Decision {
    ALLOW,
    EXPLICIT_DENY,
    IMPLICIT_DENY
  }

  private PolicyEvaluator() {}

  static Decision evaluate(List<Statement> statements, String action, String resource, RequestFacts facts) {
    boolean allowed = false;
    for (Statement s : statements) {
      if (s.applies(action, resource, facts)) {
        if (s.effect() == Statement.Effect.DENY) {
          return Decision.EXPLICIT_DENY;
        }
        allowed = true;
      }
    }
    return allowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
  }
}
