package dev.keyway.ops;

/**
 * The most read and write request units per second an on-demand (PAY_PER_REQUEST) table or GSI
 * may use. A value of -1 in UpdateTable removes that maximum. Null fields are absent from the
 * request or response.
 */
public record OnDemandThroughput(
    Long maxReadRequestUnits,
    Long maxWriteRequestUnits) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .maxReadRequestUnits(maxReadRequestUnits)
        .maxWriteRequestUnits(maxWriteRequestUnits);
  }

  /** Builds an {@link OnDemandThroughput}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Long maxReadRequestUnits;
    private Long maxWriteRequestUnits;

    private Builder() {}

    public Builder maxReadRequestUnits(Long maxReadRequestUnits) {
      this.maxReadRequestUnits = maxReadRequestUnits;
      return this;
    }

    public Builder maxWriteRequestUnits(Long maxWriteRequestUnits) {
      this.maxWriteRequestUnits = maxWriteRequestUnits;
      return this;
    }

    public OnDemandThroughput build() {
      return new OnDemandThroughput(maxReadRequestUnits, maxWriteRequestUnits);
    }
  }
}
