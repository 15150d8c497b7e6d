package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.List;

/** Legacy comparison (KeyConditions, QueryFilter, ScanFilter). Null fields are absent from the request or response. */
public record Condition(
    ComparisonOperator comparisonOperator,
    List<AttributeValue> attributeValueList) {

  public Condition {
    attributeValueList = Copies.list(attributeValueList);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .comparisonOperator(comparisonOperator)
        .attributeValueList(attributeValueList);
  }

  /** Builds a {@link Condition}; every field is optional until the operation validates it. */
  public static final class Builder {
    private ComparisonOperator comparisonOperator;
    private List<AttributeValue> attributeValueList;

    private Builder() {}

    public Builder comparisonOperator(ComparisonOperator comparisonOperator) {
      this.comparisonOperator = comparisonOperator;
      return this;
    }

    public Builder attributeValueList(List<AttributeValue> attributeValueList) {
      this.attributeValueList = attributeValueList;
      return this;
    }

    public Condition build() {
      return new Condition(comparisonOperator, attributeValueList);
    }
  }
}
