package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** ExecuteStatement's answer: the items read or returned, and where the next page starts. Null fields are absent from the request or response. */
public record ExecuteStatementResponse(
    List<Map<String, AttributeValue>> items,
    String nextToken,
    ConsumedCapacity consumedCapacity,
    Map<String, AttributeValue> lastEvaluatedKey) {

  public ExecuteStatementResponse {
    items = Copies.list(items);
    lastEvaluatedKey = Copies.map(lastEvaluatedKey);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .items(items)
        .nextToken(nextToken)
        .consumedCapacity(consumedCapacity)
        .lastEvaluatedKey(lastEvaluatedKey);
  }

  /** Builds a {@link ExecuteStatementResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<Map<String, AttributeValue>> items;
    private String nextToken;
    private ConsumedCapacity consumedCapacity;
    private Map<String, AttributeValue> lastEvaluatedKey;

    private Builder() {}

    public Builder items(List<Map<String, AttributeValue>> items) {
      this.items = items;
      return this;
    }

    public Builder nextToken(String nextToken) {
      this.nextToken = nextToken;
      return this;
    }

    public Builder consumedCapacity(ConsumedCapacity consumedCapacity) {
      this.consumedCapacity = consumedCapacity;
      return this;
    }

    public Builder lastEvaluatedKey(Map<String, AttributeValue> lastEvaluatedKey) {
      this.lastEvaluatedKey = lastEvaluatedKey;
      return this;
    }

    public ExecuteStatementResponse build() {
      return new ExecuteStatementResponse(items, nextToken, consumedCapacity, lastEvaluatedKey);
    }
  }
}
