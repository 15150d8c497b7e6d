package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** UpdateItem's answer. Null fields are absent from the request or response. */
public record UpdateItemResponse(
    Map<String, AttributeValue> attributes,
    ConsumedCapacity consumedCapacity,
    ItemCollectionMetrics itemCollectionMetrics) {

  public UpdateItemResponse {
    attributes = Copies.map(attributes);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .attributes(attributes)
        .consumedCapacity(consumedCapacity)
        .itemCollectionMetrics(itemCollectionMetrics);
  }

  /** Builds a {@link UpdateItemResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Map<String, AttributeValue> attributes;
    private ConsumedCapacity consumedCapacity;
    private ItemCollectionMetrics itemCollectionMetrics;

    private Builder() {}

    public Builder attributes(Map<String, AttributeValue> attributes) {
      this.attributes = attributes;
      return this;
    }

    public Builder consumedCapacity(ConsumedCapacity consumedCapacity) {
      this.consumedCapacity = consumedCapacity;
      return this;
    }

    public Builder itemCollectionMetrics(ItemCollectionMetrics itemCollectionMetrics) {
      this.itemCollectionMetrics = itemCollectionMetrics;
      return this;
    }

    public UpdateItemResponse build() {
      return new UpdateItemResponse(attributes, consumedCapacity, itemCollectionMetrics);
    }
  }
}
