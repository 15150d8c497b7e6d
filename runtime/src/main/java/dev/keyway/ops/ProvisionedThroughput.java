package dev.keyway.ops;

/** Read and write capacity units for a PROVISIONED table or index. Null fields are absent from the request or response. */
public record ProvisionedThroughput(
    Long readCapacityUnits,
    Long writeCapacityUnits) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .readCapacityUnits(readCapacityUnits)
        .writeCapacityUnits(writeCapacityUnits);
  }

  /** Builds a {@link ProvisionedThroughput}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Long readCapacityUnits;
    private Long writeCapacityUnits;

    private Builder() {}

    public Builder readCapacityUnits(Long readCapacityUnits) {
      this.readCapacityUnits = readCapacityUnits;
      return this;
    }

    public Builder writeCapacityUnits(Long writeCapacityUnits) {
      this.writeCapacityUnits = writeCapacityUnits;
      return this;
    }

    public ProvisionedThroughput build() {
      return new ProvisionedThroughput(readCapacityUnits, writeCapacityUnits);
    }
  }
}
