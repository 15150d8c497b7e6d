package dev.keyway.ops;

import java.util.List;

/** TransactGetItems: up to 100 reads as one serializable snapshot. Null fields are absent from the request or response. */
public record TransactGetItemsRequest(
    List<TransactGetItem> transactItems,
    ReturnConsumedCapacity returnConsumedCapacity) {

  public TransactGetItemsRequest {
    transactItems = Copies.list(transactItems);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .transactItems(transactItems)
        .returnConsumedCapacity(returnConsumedCapacity);
  }

  /** Builds a {@link TransactGetItemsRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<TransactGetItem> transactItems;
    private ReturnConsumedCapacity returnConsumedCapacity;

    private Builder() {}

    public Builder transactItems(List<TransactGetItem> transactItems) {
      this.transactItems = transactItems;
      return this;
    }

    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.returnConsumedCapacity = returnConsumedCapacity;
      return this;
    }

    public TransactGetItemsRequest build() {
      return new TransactGetItemsRequest(transactItems, returnConsumedCapacity);
    }
  }
}
