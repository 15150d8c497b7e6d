package dev.keyway.ops;

import java.time.Instant;

/** Capacity settings of a table or index as DescribeTable reports them. Null fields are absent from the request or response. */
public record ProvisionedThroughputDescription(
    Instant lastIncreaseDateTime,
    Instant lastDecreaseDateTime,
    Long numberOfDecreasesToday,
    Long readCapacityUnits,
    Long writeCapacityUnits) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .lastIncreaseDateTime(lastIncreaseDateTime)
        .lastDecreaseDateTime(lastDecreaseDateTime)
        .numberOfDecreasesToday(numberOfDecreasesToday)
        .readCapacityUnits(readCapacityUnits)
        .writeCapacityUnits(writeCapacityUnits);
  }

  /** Builds a {@link ProvisionedThroughputDescription}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Instant lastIncreaseDateTime;
    private Instant lastDecreaseDateTime;
    private Long numberOfDecreasesToday;
    private Long readCapacityUnits;
    private Long writeCapacityUnits;

    private Builder() {}

    public Builder lastIncreaseDateTime(Instant lastIncreaseDateTime) {
      this.lastIncreaseDateTime = lastIncreaseDateTime;
      return this;
    }

    public Builder lastDecreaseDateTime(Instant lastDecreaseDateTime) {
      this.lastDecreaseDateTime = lastDecreaseDateTime;
      return this;
    }

    public Builder numberOfDecreasesToday(Long numberOfDecreasesToday) {
      this.numberOfDecreasesToday = numberOfDecreasesToday;
      return this;
    }

    public Builder readCapacityUnits(Long readCapacityUnits) {
      this.readCapacityUnits = readCapacityUnits;
      return this;
    }

    public Builder writeCapacityUnits(Long writeCapacityUnits) {
      this.writeCapacityUnits = writeCapacityUnits;
      return this;
    }

    public ProvisionedThroughputDescription build() {
      return new ProvisionedThroughputDescription(lastIncreaseDateTime, lastDecreaseDateTime, numberOfDecreasesToday, readCapacityUnits, writeCapacityUnits);
    }
  }
}
