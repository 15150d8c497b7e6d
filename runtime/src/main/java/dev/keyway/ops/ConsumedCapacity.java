package dev.keyway.ops;

import java.util.Map;

/** Capacity units an operation consumed, in total and (for INDEXES) per table and index. Null fields are absent from the request or response. */
public record ConsumedCapacity(
    String tableName,
    Double capacityUnits,
    Double readCapacityUnits,
    Double writeCapacityUnits,
    Capacity table,
    Map<String, Capacity> localSecondaryIndexes,
    Map<String, Capacity> globalSecondaryIndexes) {

  public ConsumedCapacity {
    localSecondaryIndexes = Copies.map(localSecondaryIndexes);
    globalSecondaryIndexes = Copies.map(globalSecondaryIndexes);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableName(tableName)
        .capacityUnits(capacityUnits)
        .readCapacityUnits(readCapacityUnits)
        .writeCapacityUnits(writeCapacityUnits)
        .table(table)
        .localSecondaryIndexes(localSecondaryIndexes)
        .globalSecondaryIndexes(globalSecondaryIndexes);
  }

  /** Builds a {@link ConsumedCapacity}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String tableName;
    private Double capacityUnits;
    private Double readCapacityUnits;
    private Double writeCapacityUnits;
    private Capacity table;
    private Map<String, Capacity> localSecondaryIndexes;
    private Map<String, Capacity> globalSecondaryIndexes;

    private Builder() {}

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder capacityUnits(Double capacityUnits) {
      this.capacityUnits = capacityUnits;
      return this;
    }

    public Builder readCapacityUnits(Double readCapacityUnits) {
      this.readCapacityUnits = readCapacityUnits;
      return this;
    }

    public Builder writeCapacityUnits(Double writeCapacityUnits) {
      this.writeCapacityUnits = writeCapacityUnits;
      return this;
    }

    public Builder table(Capacity table) {
      this.table = table;
      return this;
    }

    public Builder localSecondaryIndexes(Map<String, Capacity> localSecondaryIndexes) {
      this.localSecondaryIndexes = localSecondaryIndexes;
      return this;
    }

    public Builder globalSecondaryIndexes(Map<String, Capacity> globalSecondaryIndexes) {
      this.globalSecondaryIndexes = globalSecondaryIndexes;
      return this;
    }

    public ConsumedCapacity build() {
      return new ConsumedCapacity(tableName, capacityUnits, readCapacityUnits, writeCapacityUnits, table, localSecondaryIndexes, globalSecondaryIndexes);
    }
  }
}
