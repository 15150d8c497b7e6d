package dev.keyway.ops;

import java.util.List;
import java.util.Map;

/** TransactWriteItems' answer. Null fields are absent from the request or response. */
public record TransactWriteItemsResponse(
    List<ConsumedCapacity> consumedCapacity,
    Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {

  public TransactWriteItemsResponse {
    consumedCapacity = Copies.list(consumedCapacity);
    itemCollectionMetrics = Copies.map(itemCollectionMetrics);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .consumedCapacity(consumedCapacity)
        .itemCollectionMetrics(itemCollectionMetrics);
  }

  /** Builds a {@link TransactWriteItemsResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<ConsumedCapacity> consumedCapacity;
    private Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics;

    private Builder() {}

    public Builder consumedCapacity(List<ConsumedCapacity> consumedCapacity) {
      this.consumedCapacity = consumedCapacity;
      return this;
    }

    public Builder itemCollectionMetrics(Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
      this.itemCollectionMetrics = itemCollectionMetrics;
      return this;
    }

    public TransactWriteItemsResponse build() {
      return new TransactWriteItemsResponse(consumedCapacity, itemCollectionMetrics);
    }
  }
}
