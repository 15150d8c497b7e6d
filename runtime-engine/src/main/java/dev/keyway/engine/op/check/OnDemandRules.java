package dev.keyway.engine.op.check;

import dev.keyway.engine.capacity.OnDemandMaximum;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.OnDemandThroughput;

/**
 * OnDemandThroughput's rules, shared by CreateTable and UpdateTable and their GSI actions: only on
 * a PAY_PER_REQUEST table, and each member at least 1 (UpdateTable also takes -1, which removes
 * that maximum). The billing-mode rule runs before the range rule, as DynamoDB's do; the read
 * member is checked before the write member.
 */
public final class OnDemandRules {
  private static final String INVALID = "One or more parameter values were invalid: ";

  private OnDemandRules() {}

  /** CreateTable's rules, for the table or one of its GSIs. */
  public static void create(BillingMode mode, OnDemandThroughput t) {
    check(mode, t, false);
  }

  /** UpdateTable's rules, for the table or one of its GSIs; {@code mode} is the mode after it. */
  public static void update(BillingMode mode, OnDemandThroughput t) {
    check(mode, t, true);
  }

  private static void check(BillingMode mode, OnDemandThroughput t, boolean update) {
    if (t == null) {
      return;
    }
    String first = t.maxReadRequestUnits() != null ? "MaxReadRequestUnits"
        : t.maxWriteRequestUnits() != null ? "MaxWriteRequestUnits" : null;
    if (first != null && mode != BillingMode.PAY_PER_REQUEST) {
      // DynamoDB words the two operations' messages slightly differently
      throw new ValidationException(INVALID + first + " for OnDemandThroughput cannot be specified "
          + (update ? "when the table BillingMode is PROVISIONED"
              : "when table BillingMode is PROVISIONED."));
    }
    range("MaxReadRequestUnits", t.maxReadRequestUnits(), update);
    range("MaxWriteRequestUnits", t.maxWriteRequestUnits(), update);
  }

  private static void range(String member, Long value, boolean update) {
    if (value == null || value >= 1 || (update && value == OnDemandMaximum.NONE)) {
      return;
    }
    throw new ValidationException(INVALID + member + " for OnDemandThroughput must be "
        + (update ? "greater than or equal to 1, or -1 to remove the maximum"
            : "greater than or equal to 1")
        + ". Requested value: " + value);
  }
}
