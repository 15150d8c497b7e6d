package dev.keyway.ops;

/** The account and table capacity limits. Null fields are absent from the request or response. */
public record DescribeLimitsResponse(
    Long accountMaxReadCapacityUnits,
    Long accountMaxWriteCapacityUnits,
    Long tableMaxReadCapacityUnits,
    Long tableMaxWriteCapacityUnits) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .accountMaxReadCapacityUnits(accountMaxReadCapacityUnits)
        .accountMaxWriteCapacityUnits(accountMaxWriteCapacityUnits)
        .tableMaxReadCapacityUnits(tableMaxReadCapacityUnits)
        .tableMaxWriteCapacityUnits(tableMaxWriteCapacityUnits);
  }

  /** Builds a {@link DescribeLimitsResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Long accountMaxReadCapacityUnits;
    private Long accountMaxWriteCapacityUnits;
    private Long tableMaxReadCapacityUnits;
    private Long tableMaxWriteCapacityUnits;

    private Builder() {}

    public Builder accountMaxReadCapacityUnits(Long accountMaxReadCapacityUnits) {
      this.accountMaxReadCapacityUnits = accountMaxReadCapacityUnits;
      return this;
    }

    public Builder accountMaxWriteCapacityUnits(Long accountMaxWriteCapacityUnits) {
      this.accountMaxWriteCapacityUnits = accountMaxWriteCapacityUnits;
      return this;
    }

    public Builder tableMaxReadCapacityUnits(Long tableMaxReadCapacityUnits) {
      this.tableMaxReadCapacityUnits = tableMaxReadCapacityUnits;
      return this;
    }

    public Builder tableMaxWriteCapacityUnits(Long tableMaxWriteCapacityUnits) {
      this.tableMaxWriteCapacityUnits = tableMaxWriteCapacityUnits;
      return this;
    }

    public DescribeLimitsResponse build() {
      return new DescribeLimitsResponse(accountMaxReadCapacityUnits, accountMaxWriteCapacityUnits, tableMaxReadCapacityUnits, tableMaxWriteCapacityUnits);
    }
  }
}
