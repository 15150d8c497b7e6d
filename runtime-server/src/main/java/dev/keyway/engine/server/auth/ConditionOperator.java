package dev.keyway.engine.server.auth;

import dev.keyway.engine.policy.WildcardPattern;
import dev.keyway.engine.server.auth.ConditionKey.ValueType;
import java.util.List;
import java.util.Locale;

/** The IAM condition operators a policy may use, on strings, ARNs, IP addresses and booleans. */
enum ConditionOperator {
  STRING_EQUALS("StringEquals", false, ValueType.STRING),
  STRING_NOT_EQUALS("StringNotEquals", true, ValueType.STRING),
  STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false, ValueType.STRING),
  STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", true, ValueType.STRING),
  STRING_LIKE("StringLike", false, ValueType.STRING),
  STRING_NOT_LIKE("StringNotLike", true, ValueType.STRING),
  // IAM matches ArnEquals as ArnLike: each colon-separated part on its own, with wildcards.
  ARN_EQUALS("ArnEquals", false, ValueType.STRING),
  ARN_NOT_EQUALS("ArnNotEquals", true, ValueType.STRING),
  ARN_LIKE("ArnLike", false, ValueType.STRING),
  ARN_NOT_LIKE("ArnNotLike", true, ValueType.STRING),
  /** The address is in one of the CIDR blocks (a single address is a block of one). */
  IP_ADDRESS("IpAddress", false, ValueType.IP_ADDRESS),
  NOT_IP_ADDRESS("NotIpAddress", true, ValueType.IP_ADDRESS),
  /** {@code "true"} or {@code "false"}, compared without regard to case. */
  BOOL("Bool", false, ValueType.BOOLEAN),
  /** {@code "true"}: the key is absent from the request; {@code "false"}: it is present. */
  NULL("Null", false, null);

  private static final int ARN_PARTS = 6;

  private final String policyName;
  private final boolean negated;
  private final ValueType valueType;

  ConditionOperator(String policyName, boolean negated, ValueType valueType) {
    this.policyName = policyName;
    this.negated = negated;
    this.valueType = valueType;
  }

  /** The kind of key the operator compares; null for Null, which tests any key's presence. */
  ValueType valueType() {
    return valueType;
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
      // The reader checked every block when it read the policy.
      case IP_ADDRESS, NOT_IP_ADDRESS -> IpRange.parse(wanted).contains(IpRange.address(value));
      case BOOL -> value.equalsIgnoreCase(wanted);
      case NULL -> throw new IllegalStateException("Null tests presence, not values");
    };
  }
}
