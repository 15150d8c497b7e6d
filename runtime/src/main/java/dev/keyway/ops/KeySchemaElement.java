package dev.keyway.ops;

/** One element of a key schema: the attribute and whether it is the HASH or RANGE key. Null fields are absent from the request or response. */
public record KeySchemaElement(
    String attributeName,
    KeyType keyType) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .attributeName(attributeName)
        .keyType(keyType);
  }

  /** Builds a {@link KeySchemaElement}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String attributeName;
    private KeyType keyType;

    private Builder() {}

    public Builder attributeName(String attributeName) {
      this.attributeName = attributeName;
      return this;
    }

    public Builder keyType(KeyType keyType) {
      this.keyType = keyType;
      return this;
    }

    public KeySchemaElement build() {
      return new KeySchemaElement(attributeName, keyType);
    }
  }
}
