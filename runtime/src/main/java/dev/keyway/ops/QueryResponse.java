package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** One page of a Query. Null fields are absent from the request or response. */
public record QueryResponse(
    List<Map<String, AttributeValue>> items,
    Integer count,
    Integer scannedCount,
    Map<String, AttributeValue> lastEvaluatedKey,
    ConsumedCapacity consumedCapacity) {

  public QueryResponse {
    items = Copies.list(items);
    lastEvaluatedKey = Copies.map(lastEvaluatedKey);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .items(items)
        .count(count)
        .scannedCount(scannedCount)
        .lastEvaluatedKey(lastEvaluatedKey)
        .consumedCapacity(consumedCapacity);
  }

  /** Builds a {@link QueryResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<Map<String, AttributeValue>> items;
    private Integer count;
    private Integer scannedCount;
    private Map<String, AttributeValue> lastEvaluatedKey;
    private ConsumedCapacity consumedCapacity;

    private Builder() {}

    public Builder items(List<Map<String, AttributeValue>> items) {
      this.items = items;
      return this;
    }

    public Builder count(Integer count) {
      this.count = count;
      return this;
    }

    public Builder scannedCount(Integer scannedCount) {
      this.scannedCount = scannedCount;
      return this;
    }

    public Builder lastEvaluatedKey(Map<String, AttributeValue> lastEvaluatedKey) {
      this.lastEvaluatedKey = lastEvaluatedKey;
      return this;
    }

    public Builder consumedCapacity(ConsumedCapacity consumedCapacity) {
      this.consumedCapacity = consumedCapacity;
      return this;
    }

    public QueryResponse build() {
      return new QueryResponse(items, count, scannedCount, lastEvaluatedKey, consumedCapacity);
    }
  }
}
