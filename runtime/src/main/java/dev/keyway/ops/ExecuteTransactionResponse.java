package dev.keyway.ops;

import java.util.List;

/** ExecuteTransaction's answer: for reads, one item response per statement. Null fields are absent from the request or response. */
public record ExecuteTransactionResponse(
    List<ItemResponse> responses,
    List<ConsumedCapacity> consumedCapacity) {

  public ExecuteTransactionResponse {
    responses = Copies.list(responses);
    consumedCapacity = Copies.list(consumedCapacity);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .responses(responses)
        .consumedCapacity(consumedCapacity);
  }

  /** Builds a {@link ExecuteTransactionResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<ItemResponse> responses;
    private List<ConsumedCapacity> consumedCapacity;

    private Builder() {}

    public Builder responses(List<ItemResponse> responses) {
      this.responses = responses;
      return this;
    }

    public Builder consumedCapacity(List<ConsumedCapacity> consumedCapacity) {
      this.consumedCapacity = consumedCapacity;
      return this;
    }

    public ExecuteTransactionResponse build() {
      return new ExecuteTransactionResponse(responses, consumedCapacity);
    }
  }
}
