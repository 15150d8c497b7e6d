package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** The item one TransactGetItems read returned (null item when absent). Null fields are absent from the request or response. */
public record ItemResponse(
    Map<String, AttributeValue> item) {

  public ItemResponse {
    item = Copies.map(item);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .item(item);
  }

  /** Builds a {@link ItemResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Map<String, AttributeValue> item;

    private Builder() {}

    public Builder item(Map<String, AttributeValue> item) {
      this.item = item;
      return this;
    }

    public ItemResponse build() {
      return new ItemResponse(item);
    }
  }
}
