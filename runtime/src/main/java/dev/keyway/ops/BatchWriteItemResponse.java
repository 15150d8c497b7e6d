package dev.keyway.ops;

import java.util.List;
import java.util.Map;

/** BatchWriteItem's answer: the writes left for a retry. Null fields are absent from the request or response. */
public record BatchWriteItemResponse(
    Map<String, List<WriteRequest>> unprocessedItems,
    Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics,
    List<ConsumedCapacity> consumedCapacity) {

  public BatchWriteItemResponse {
    unprocessedItems = Copies.map(unprocessedItems);
    itemCollectionMetrics = Copies.map(itemCollectionMetrics);
    consumedCapacity = Copies.list(consumedCapacity);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .unprocessedItems(unprocessedItems)
        .itemCollectionMetrics(itemCollectionMetrics)
        .consumedCapacity(consumedCapacity);
  }

  /** Builds a {@link BatchWriteItemResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Map<String, List<WriteRequest>> unprocessedItems;
    private Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics;
    private List<ConsumedCapacity> consumedCapacity;

    private Builder() {}

    public Builder unprocessedItems(Map<String, List<WriteRequest>> unprocessedItems) {
      this.unprocessedItems = unprocessedItems;
      return this;
    }

    public Builder itemCollectionMetrics(Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
      this.itemCollectionMetrics = itemCollectionMetrics;
      return this;
    }

    public Builder consumedCapacity(List<ConsumedCapacity> consumedCapacity) {
      this.consumedCapacity = consumedCapacity;
      return this;
    }

    public BatchWriteItemResponse build() {
      return new BatchWriteItemResponse(unprocessedItems, itemCollectionMetrics, consumedCapacity);
    }
  }
}
