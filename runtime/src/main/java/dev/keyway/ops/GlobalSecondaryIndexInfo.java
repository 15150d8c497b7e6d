package dev.keyway.ops;

import java.util.List;

/** A global secondary index of a backed-up table. Null fields are absent from the request or response. */
public record GlobalSecondaryIndexInfo(
    String indexName,
    List<KeySchemaElement> keySchema,
    Projection projection,
    ProvisionedThroughput provisionedThroughput) {

  public GlobalSecondaryIndexInfo {
    keySchema = Copies.list(keySchema);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .indexName(indexName)
        .keySchema(keySchema)
        .projection(projection)
        .provisionedThroughput(provisionedThroughput);
  }

  /** Builds a {@link GlobalSecondaryIndexInfo}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String indexName;
    private List<KeySchemaElement> keySchema;
    private Projection projection;
    private ProvisionedThroughput provisionedThroughput;

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

    public Builder provisionedThroughput(ProvisionedThroughput provisionedThroughput) {
      this.provisionedThroughput = provisionedThroughput;
      return this;
    }

    public GlobalSecondaryIndexInfo build() {
      return new GlobalSecondaryIndexInfo(indexName, keySchema, projection, provisionedThroughput);
    }
  }
}
