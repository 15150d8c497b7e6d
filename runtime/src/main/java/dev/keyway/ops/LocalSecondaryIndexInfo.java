package dev.keyway.ops;

import java.util.List;

/** A local secondary index of a backed-up table. Null fields are absent from the request or response. */
public record LocalSecondaryIndexInfo(
    String indexName,
    List<KeySchemaElement> keySchema,
    Projection projection) {

  public LocalSecondaryIndexInfo {
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

  /** Builds a {@link LocalSecondaryIndexInfo}; every field is optional until the operation validates it. */
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

    public LocalSecondaryIndexInfo build() {
      return new LocalSecondaryIndexInfo(indexName, keySchema, projection);
    }
  }
}
