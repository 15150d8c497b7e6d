package dev.keyway.ops;

import java.util.List;

/** TransactWriteItems: up to 100 actions applied all or nothing. Null fields are absent from the request or response. */
public record TransactWriteItemsRequest(
    List<TransactWriteItem> transactItems,
    ReturnConsumedCapacity returnConsumedCapacity,
    ReturnItemCollectionMetrics returnItemCollectionMetrics,
    String clientRequestToken) {

  public TransactWriteItemsRequest {
    transactItems = Copies.list(transactItems);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .transactItems(transactItems)
        .returnConsumedCapacity(returnConsumedCapacity)
        .returnItemCollectionMetrics(returnItemCollectionMetrics)
        .clientRequestToken(clientRequestToken);
  }

  /** Builds a {@link TransactWriteItemsRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<TransactWriteItem> transactItems;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private ReturnItemCollectionMetrics returnItemCollectionMetrics;
    private String clientRequestToken;

    private Builder() {}

    public Builder transactItems(List<TransactWriteItem> transactItems) {
      this.transactItems = transactItems;
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

    public Builder clientRequestToken(String clientRequestToken) {
      this.clientRequestToken = clientRequestToken;
      return this;
    }

    public TransactWriteItemsRequest build() {
      return new TransactWriteItemsRequest(transactItems, returnConsumedCapacity, returnItemCollectionMetrics, clientRequestToken);
    }
  }
}
