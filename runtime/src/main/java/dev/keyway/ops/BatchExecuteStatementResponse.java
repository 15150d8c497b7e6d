package dev.keyway.ops;

import java.util.List;

/** BatchExecuteStatement's answer: one response per statement, in request order. Null fields are absent from the request or response. */
public record BatchExecuteStatementResponse(
    List<BatchStatementResponse> responses,
    List<ConsumedCapacity> consumedCapacity) {

  public BatchExecuteStatementResponse {
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

  /** Builds a {@link BatchExecuteStatementResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<BatchStatementResponse> responses;
    private List<ConsumedCapacity> consumedCapacity;

    private Builder() {}

    public Builder responses(List<BatchStatementResponse> responses) {
      this.responses = responses;
      return this;
    }

    public Builder consumedCapacity(List<ConsumedCapacity> consumedCapacity) {
      this.consumedCapacity = consumedCapacity;
      return this;
    }

    public BatchExecuteStatementResponse build() {
      return new BatchExecuteStatementResponse(responses, consumedCapacity);
    }
  }
}
