package dev.keyway.ops;

/** Capacity units consumed on one table or index. Null fields are absent from the request or response. */
public record Capacity(
    Double readCapacityUnits,
    Double writeCapacityUnits,
    Double capacityUnits) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .readCapacityUnits(readCapacityUnits)
        .writeCapacityUnits(writeCapacityUnits)
        .capacityUnits(capacityUnits);
  }

  /** Builds a {@link Capacity}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Double readCapacityUnits;
    private Double writeCapacityUnits;
    private Double capacityUnits;

    private Builder() {}

    public Builder readCapacityUnits(Double readCapacityUnits) {
      this.readCapacityUnits = readCapacityUnits;
      return this;
    }

    public Builder writeCapacityUnits(Double writeCapacityUnits) {
      this.writeCapacityUnits = writeCapacityUnits;
      return this;
    }

    public Builder capacityUnits(Double capacityUnits) {
      this.capacityUnits = capacityUnits;
      return this;
    }

    public Capacity build() {
      return new Capacity(readCapacityUnits, writeCapacityUnits, capacityUnits);
    }
  }
}
