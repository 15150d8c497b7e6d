package dev.keyway.ops;

/** How a table is billed: by provisioned capacity or per request. */
public enum BillingMode {
  PROVISIONED,
  PAY_PER_REQUEST
}
