package dev.keyway.ops;

import java.util.List;
import java.util.Map;

/** BatchWriteItem: up to 25 puts and deletes across tables. Null fields are absent from the request or response. */
public record BatchWriteItemRequest(
    Map<String, List<WriteRequest>> requestItems,
    ReturnConsumedCapacity returnConsumedCapacity,
    ReturnItemCollectionMetrics returnItemCollectionMetrics) {

  public BatchWriteItemRequest {
    requestItems = Copies.map(requestItems);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .requestItems(requestItems)
        .returnConsumedCapacity(returnConsumedCapacity)
        .returnItemCollectionMetrics(returnItemCollectionMetrics);
  }

  /** Builds a {@link BatchWriteItemRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Map<String, List<WriteRequest>> requestItems;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private ReturnItemCollectionMetrics returnItemCollectionMetrics;

    private Builder() {}

    public Builder requestItems(Map<String, List<WriteRequest>> requestItems) {
      this.requestItems = requestItems;
      return this;
    }

    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.returnConsumedCapacity = returnConsumedCapacity;
      return this;
    }

    public Builder returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
      this.returnItemCollectionMetrics = returnItemCollectionMetrics;
      return this;
    }

    public BatchWriteItemRequest build() {
      return new BatchWriteItemRequest(requestItems, returnConsumedCapacity, returnItemCollectionMetrics);
    }
  }
}
