package dev.keyway.engine.server.auth;

import dev.keyway.engine.policy.WildcardPattern;
import java.util.List;

/**
 * One statement of an identity policy. {@code Action} (or {@code NotAction}) patterns match
 * without regard to case, {@code Resource} (or {@code NotResource}) patterns with it; every
 * condition clause must hold.
 */
record Statement(
    String sid,
    Effect effect,
    List<WildcardPattern> actions,
    boolean notAction,
    List<WildcardPattern> resources,
    boolean notResource,
    List<ConditionClause> conditions) {

  enum Effect {
    ALLOW,
    DENY
  }

  Statement {
    actions = List.copyOf(actions);
    resources = List.copyOf(resources);
    conditions = List.copyOf(conditions);
  }

  /** Whether this statement speaks about the action on the resource in this request. */
  boolean applies(String action, String resource, RequestFacts facts) {
    return anyMatches(actions, action) != notAction
        && anyMatches(resources, resource) != notResource
        && conditions.stream().allMatch(c -> c.holds(facts));
  }

  private static boolean anyMatches(List<WildcardPattern> patterns, String value) {
    for (WildcardPattern p : patterns) {
      if (p.matches(value)) {
        return true;
      }
    }
    return false;
  }
}
