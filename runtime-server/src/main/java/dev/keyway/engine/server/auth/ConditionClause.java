package dev.keyway.engine.server.auth;

import java.util.List;

/**
 * One test of a statement's Condition block, e.g. {@code "ForAllValues:StringEquals":
 * {"dynamodb:LeadingKeys": ["alice"]}}: the operator, its set qualifier, {@code IfExists}, the key
 * and the allowed values (any one of which may match).
 */
record ConditionClause(
    ConditionOperator operator, SetQualifier qualifier, boolean ifExists, ConditionKey key, List<String> values) {

  enum SetQualifier {
    /** A plain operator: the key must be present and its value match. */
    SINGLE,
    /** Every value of the request must match; true when the request has none. */
    FOR_ALL_VALUES,
    /** At least one value of the request must match; false when the request has none. */
    FOR_ANY_VALUE
  }

  ConditionClause {
    values = List.copyOf(values);
  }

  boolean holds(RequestFacts facts) {
    List<String> actual = facts.values(key);
    boolean absent = actual == null || actual.isEmpty();
    if (operator == ConditionOperator.NULL) {
      return values.stream().anyMatch(v -> Boolean.parseBoolean(v) == absent);
    }
    if (absent) {
      if (ifExists) {
        return true;
      }
      return switch (qualifier) {
        case FOR_ALL_VALUES -> true;
        case FOR_ANY_VALUE -> false;
        // As IAM: a negated operator holds when there is nothing to compare.
        case SINGLE -> operator.negated();
      };
    }
    return switch (qualifier) {
      case FOR_ALL_VALUES, SINGLE -> actual.stream().allMatch(v -> operator.holdsFor(v, values));
      case FOR_ANY_VALUE -> actual.stream().anyMatch(v -> operator.holdsFor(v, values));
    };
  }
}
