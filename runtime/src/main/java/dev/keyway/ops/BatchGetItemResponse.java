package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** BatchGetItem's answer: items per table and the keys left for a retry. Null fields are absent from the request or response. */
public record BatchGetItemResponse(
    Map<String, List<Map<String, AttributeValue>>> responses,
    Map<String, KeysAndAttributes> unprocessedKeys,
    List<ConsumedCapacity> consumedCapacity) {

  public BatchGetItemResponse {
    responses = Copies.map(responses);
    unprocessedKeys = Copies.map(unprocessedKeys);
    consumedCapacity = Copies.list(consumedCapacity);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .responses(responses)
        .unprocessedKeys(unprocessedKeys)
        .consumedCapacity(consumedCapacity);
  }

  /** Builds a {@link BatchGetItemResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Map<String, List<Map<String, AttributeValue>>> responses;
    private Map<String, KeysAndAttributes> unprocessedKeys;
    private List<ConsumedCapacity> consumedCapacity;

    private Builder() {}

    public Builder responses(Map<String, List<Map<String, AttributeValue>>> responses) {
      this.responses = responses;
      return this;
    }

    public Builder unprocessedKeys(Map<String, KeysAndAttributes> unprocessedKeys) {
      this.unprocessedKeys = unprocessedKeys;
      return this;
    }

    public Builder consumedCapacity(List<ConsumedCapacity> consumedCapacity) {
      this.consumedCapacity = consumedCapacity;
      return this;
    }

    public BatchGetItemResponse build() {
      return new BatchGetItemResponse(responses, unprocessedKeys, consumedCapacity);
    }
  }
}
