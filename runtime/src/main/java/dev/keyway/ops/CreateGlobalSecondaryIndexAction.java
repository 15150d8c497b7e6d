package dev.keyway.ops;

import java.util.List;

/** A global secondary index to add to a live table (it is backfilled). Null fields are absent from the request or response. */
public record CreateGlobalSecondaryIndexAction(
    String indexName,
    List<KeySchemaElement> keySchema,
    Projection projection,
    ProvisionedThroughput provisionedThroughput,
    OnDemandThroughput onDemandThroughput) {

  public CreateGlobalSecondaryIndexAction {
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
        .provisionedThroughput(provisionedThroughput)
        .onDemandThroughput(onDemandThroughput);
  }

  /** Builds a {@link CreateGlobalSecondaryIndexAction}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String indexName;
    private List<KeySchemaElement> keySchema;
    private Projection projection;
    private ProvisionedThroughput provisionedThroughput;
    private OnDemandThroughput onDemandThroughput;

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

    public Builder onDemandThroughput(OnDemandThroughput onDemandThroughput) {
      this.onDemandThroughput = onDemandThroughput;
      return this;
    }

    public CreateGlobalSecondaryIndexAction build() {
      return new CreateGlobalSecondaryIndexAction(indexName, keySchema, projection, provisionedThroughput, onDemandThroughput);
    }
  }
}
