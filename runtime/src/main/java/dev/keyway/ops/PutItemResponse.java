package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.Map;

/** PutItem's answer. Null fields are absent from the request or response. */
public record PutItemResponse(
    Map<String, AttributeValue> attributes,
    ConsumedCapacity consumedCapacity,
    ItemCollectionMetrics itemCollectionMetrics) {

  public PutItemResponse {
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

  /** Builds a {@link PutItemResponse}; every field is optional until the operation validates it. */
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

    public PutItemResponse build() {
      return new PutItemResponse(attributes, consumedCapacity, itemCollectionMetrics);
    }
  }
}
