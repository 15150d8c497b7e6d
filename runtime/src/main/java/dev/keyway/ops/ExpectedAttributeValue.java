package dev.keyway.ops;

import dev.keyway.model.AttributeValue;
import java.util.List;

/** Legacy condition on one attribute (the Expected parameter). Null fields are absent from the request or response. */
public record ExpectedAttributeValue(
    AttributeValue value,
    Boolean exists,
    ComparisonOperator comparisonOperator,
    List<AttributeValue> attributeValueList) {

  public ExpectedAttributeValue {
    attributeValueList = Copies.list(attributeValueList);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .value(value)
        .exists(exists)
        .comparisonOperator(comparisonOperator)
        .attributeValueList(attributeValueList);
  }

  /** Builds a {@link ExpectedAttributeValue}; every field is optional until the operation validates it. */
  public static final class Builder {
    private AttributeValue value;
    private Boolean exists;
    private ComparisonOperator comparisonOperator;
    private List<AttributeValue> attributeValueList;

    private Builder() {}

    public Builder value(AttributeValue value) {
      this.value = value;
      return this;
    }

    public Builder exists(Boolean exists) {
      this.exists = exists;
      return this;
    }

    public Builder comparisonOperator(ComparisonOperator comparisonOperator) {
      this.comparisonOperator = comparisonOperator;
      return this;
    }

    public Builder attributeValueList(List<AttributeValue> attributeValueList) {
      this.attributeValueList = attributeValueList;
      return this;
    }

    public ExpectedAttributeValue build() {
      return new ExpectedAttributeValue(value, exists, comparisonOperator, attributeValueList);
    }
  }
}
