package dev.keyway.engine.server.auth;

import dev.keyway.engine.policy.WildcardPattern;
import java.util.List;
import java.util.Locale;

/** The IAM condition operators a policy may use, on string values and ARNs. */
enum ConditionOperator {
  STRING_EQUALS("StringEquals", false),
  STRING_NOT_EQUALS("StringNotEquals", true),
  STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false),
  STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", true),
  STRING_LIKE("StringLike", false),
  STRING_NOT_LIKE("StringNotLike", true),
  // IAM matches ArnEquals as ArnLike: each colon-separated part on its own, with wildcards.
  ARN_EQUALS("ArnEquals", false),
  ARN_NOT_EQUALS("ArnNotEquals", true),
  ARN_LIKE("ArnLike", false),
  ARN_NOT_LIKE("ArnNotLike", true),
  /** {@code "true"}: the key is absent from the request; {@code "false"}: it is present. */
  NULL("Null", false);

  private static final int ARN_PARTS = 6;

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

  /**
   * An ARN against an ARN pattern, part by part: {@code arn:partition:service:region:account:resource},
   * the resource part keeping any further colons. A value or pattern of fewer parts matches nothing.
   */
  private static boolean arnMatches(String value, String wanted) {
    String[] valueParts = value.split(":", ARN_PARTS);
    String[] wantedParts = wanted.split(":", ARN_PARTS);
    if (valueParts.length != ARN_PARTS || wantedParts.length != ARN_PARTS) {
      return false;
    }
    for (int i = 0; i < ARN_PARTS; i++) {
      if (!WildcardPattern.caseSensitive(wantedParts[i]).matches(valueParts[i])) {
        return false;
      }
    }
    return true;
  }

  private boolean matches(String value, String wanted) {
    return switch (this) {
      case STRING_EQUALS, STRING_NOT_EQUALS -> value.equals(wanted);
      case STRING_EQUALS_IGNORE_CASE, STRING_NOT_EQUALS_IGNORE_CASE ->
          value.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT));
      case STRING_LIKE, STRING_NOT_LIKE -> WildcardPattern.caseSensitive(wanted).matches(value);
      case ARN_EQUALS, ARN_NOT_EQUALS, ARN_LIKE, ARN_NOT_LIKE -> arnMatches(value, wanted);
      case NULL -> throw new IllegalStateException("Null tests presence, not values");
    };
  }
}
