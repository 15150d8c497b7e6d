package dev.keyway.ops;

import java.util.List;

/** A local secondary index to create with a table. Null fields are absent from the request or response. */
public record LocalSecondaryIndex(
    String indexName,
    List<KeySchemaElement> keySchema,
    Projection projection) {

  public LocalSecondaryIndex {
    keySchema = Copies.list(keySchema);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .indexName(indexName)
        .keySchema(keySchema)
        .projection(projection);
  }

  /** Builds a {@link LocalSecondaryIndex}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String indexName;
    private List<KeySchemaElement> keySchema;
    private Projection projection;

    private Builder() {}

    public Builder indexName(String indexName) {
      this.indexName = indexName;
      return this;
    }

    public Builder keySchema(List<KeySchemaElement> keySchema) {
      this.keySchema = keySchema;
      return this;
    }

    public Builder projection(Projection projection) {
      this.projection = projection;
      return this;
    }

    public LocalSecondaryIndex build() {
      return new LocalSecondaryIndex(indexName, keySchema, projection);
    }
  }
}
