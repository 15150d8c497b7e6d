package dev.keyway.engine.server.auth;

import dev.keyway.engine.policy.PolicyPrincipal;
import java.util.List;

/** A statement of a table's resource-based policy: whom it speaks about, and what it says. */
record ResourceStatement(List<PolicyPrincipal> principals, Statement statement) {
  ResourceStatement {
    principals = List.copyOf(principals);
  }
}
