package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** GetItem's answer; item is null when there is no such item. Null fields are absent from the request or response. */
public record GetItemResponse(
    Map<String, AttributeValue> item,
    ConsumedCapacity consumedCapacity) {

  public GetItemResponse {
    item = Copies.map(item);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .item(item)
        .consumedCapacity(consumedCapacity);
  }

  /** Builds a {@link GetItemResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Map<String, AttributeValue> item;
    private ConsumedCapacity consumedCapacity;

    private Builder() {}

    public Builder item(Map<String, AttributeValue> item) {
      this.item = item;
      return this;
    }

    public Builder consumedCapacity(ConsumedCapacity consumedCapacity) {
      this.consumedCapacity = consumedCapacity;
      return this;
    }

    public GetItemResponse build() {
      return new GetItemResponse(item, consumedCapacity);
    }
  }
}
