package dev.keyway.engine.server.auth;

import java.util.List;
import java.util.Locale;

/** The IAM condition operators a policy file may use, on string values. */
enum ConditionOperator {
  STRING_EQUALS("StringEquals", false),
  STRING_NOT_EQUALS("StringNotEquals", true),
  STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false),
  STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", true),
  STRING_LIKE("StringLike", false),
  STRING_NOT_LIKE("StringNotLike", true),
  /** {@code "true"}: the key is absent from the request; {@code "false"}: it is present. */
  NULL("Null", false);

  private final String policyName;
  private final boolean negated;

  ConditionOperator(String policyName, boolean negated) {
    this.policyName = policyName;
    this.negated = negated;
  }

  String policyName() {
    return policyName;
  }

  /** Negated operators hold for a value that matches none of the condition's values. */
  boolean negated() {
    return negated;
  }

  static ConditionOperator named(String name) {
    for (ConditionOperator op : values()) {
      if (op.policyName.equals(name)) {
        return op;
      }
    }
    return null;
  }

  /** Whether one request value satisfies the operator against the condition's values. */
  boolean holdsFor(String value, List<String> conditionValues) {
    boolean anyMatch = false;
    for (String wanted : conditionValues) {
      if (matches(value, wanted)) {
        anyMatch = true;
        break;
      }
    }
    return negated ? !anyMatch : anyMatch;
  }

  private boolean matches(String value, String wanted) {
    return switch (this) {
      case STRING_EQUALS, STRING_NOT_EQUALS -> value.equals(wanted);
      case STRING_EQUALS_IGNORE_CASE, STRING_NOT_EQUALS_IGNORE_CASE ->
          value.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT));
      case STRING_LIKE, STRING_NOT_LIKE -> WildcardPattern.caseSensitive(wanted).matches(value);
      case NULL -> throw new IllegalStateException("Null tests presence, not values");
    };
  }
}
