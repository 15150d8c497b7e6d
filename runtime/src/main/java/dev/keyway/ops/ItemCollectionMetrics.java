package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** The size estimate of the item collection a write touched (tables with local secondary indexes). Null fields are absent from the request or response. */
public record ItemCollectionMetrics(
    Map<String, AttributeValue> itemCollectionKey,
    List<Double> sizeEstimateRangeGB) {

  public ItemCollectionMetrics {
    itemCollectionKey = Copies.map(itemCollectionKey);
    sizeEstimateRangeGB = Copies.list(sizeEstimateRangeGB);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .itemCollectionKey(itemCollectionKey)
        .sizeEstimateRangeGB(sizeEstimateRangeGB);
  }

  /** Builds a {@link ItemCollectionMetrics}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Map<String, AttributeValue> itemCollectionKey;
    private List<Double> sizeEstimateRangeGB;

    private Builder() {}

    public Builder itemCollectionKey(Map<String, AttributeValue> itemCollectionKey) {
      this.itemCollectionKey = itemCollectionKey;
      return this;
    }

    public Builder sizeEstimateRangeGB(List<Double> sizeEstimateRangeGB) {
      this.sizeEstimateRangeGB = sizeEstimateRangeGB;
      return this;
    }

    public ItemCollectionMetrics build() {
      return new ItemCollectionMetrics(itemCollectionKey, sizeEstimateRangeGB);
    }
  }
}
