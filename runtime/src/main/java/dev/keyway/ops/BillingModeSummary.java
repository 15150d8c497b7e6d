package dev.keyway.ops;

import java.time.Instant;

/** The billing mode of a table and when it last changed to on-demand. Null fields are absent from the request or response. */
public record BillingModeSummary(
    BillingMode billingMode,
    Instant lastUpdateToPayPerRequestDateTime) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .billingMode(billingMode)
        .lastUpdateToPayPerRequestDateTime(lastUpdateToPayPerRequestDateTime);
  }

  /** Builds a {@link BillingModeSummary}; every field is optional until the operation validates it. */
  public static final class Builder {
    private BillingMode billingMode;
    private Instant lastUpdateToPayPerRequestDateTime;

    private Builder() {}

    public Builder billingMode(BillingMode billingMode) {
      this.billingMode = billingMode;
      return this;
    }

    public Builder lastUpdateToPayPerRequestDateTime(Instant lastUpdateToPayPerRequestDateTime) {
      this.lastUpdateToPayPerRequestDateTime = lastUpdateToPayPerRequestDateTime;
      return this;
    }

    public BillingModeSummary build() {
      return new BillingModeSummary(billingMode, lastUpdateToPayPerRequestDateTime);
    }
  }
}
