package dev.keyway.ops;

import java.util.Map;

/** BatchGetItem: up to 100 keys from one or more tables. Null fields are absent from the request or response. */
public record BatchGetItemRequest(
    Map<String, KeysAndAttributes> requestItems,
    ReturnConsumedCapacity returnConsumedCapacity) {

  public BatchGetItemRequest {
    requestItems = Copies.map(requestItems);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .requestItems(requestItems)
        .returnConsumedCapacity(returnConsumedCapacity);
  }

  /** Builds a {@link BatchGetItemRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Map<String, KeysAndAttributes> requestItems;
    private ReturnConsumedCapacity returnConsumedCapacity;

    private Builder() {}

    public Builder requestItems(Map<String, KeysAndAttributes> requestItems) {
      this.requestItems = requestItems;
      return this;
    }

    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.returnConsumedCapacity = returnConsumedCapacity;
      return this;
    }

    public BatchGetItemRequest build() {
      return new BatchGetItemRequest(requestItems, returnConsumedCapacity);
    }
  }
}
