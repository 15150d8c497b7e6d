package dev.keyway.ops;

/** A key attribute's name and scalar type, as CreateTable declares it. Null fields are absent from the request or response. */
public record AttributeDefinition(
    String attributeName,
    ScalarAttributeType attributeType) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .attributeName(attributeName)
        .attributeType(attributeType);
  }

  /** Builds a {@link AttributeDefinition}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String attributeName;
    private ScalarAttributeType attributeType;

    private Builder() {}

    public Builder attributeName(String attributeName) {
      this.attributeName = attributeName;
      return this;
    }

    public Builder attributeType(ScalarAttributeType attributeType) {
      this.attributeType = attributeType;
      return this;
    }

    public AttributeDefinition build() {
      return new AttributeDefinition(attributeName, attributeType);
    }
  }
}
