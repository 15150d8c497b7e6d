package dev.keyway.ops;

import java.util.List;

/** TransactGetItems' answer, one response per read in request order. Null fields are absent from the request or response. */
public record TransactGetItemsResponse(
    List<ConsumedCapacity> consumedCapacity,
    List<ItemResponse> responses) {

  public TransactGetItemsResponse {
    consumedCapacity = Copies.list(consumedCapacity);
    responses = Copies.list(responses);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .consumedCapacity(consumedCapacity)
        .responses(responses);
  }

  /** Builds a {@link TransactGetItemsResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<ConsumedCapacity> consumedCapacity;
    private List<ItemResponse> responses;

    private Builder() {}

    public Builder consumedCapacity(List<ConsumedCapacity> consumedCapacity) {
      this.consumedCapacity = consumedCapacity;
      return this;
    }

    public Builder responses(List<ItemResponse> responses) {
      this.responses = responses;
      return this;
    }

    public TransactGetItemsResponse build() {
      return new TransactGetItemsResponse(consumedCapacity, responses);
    }
  }
}
