package dev.keyway.ops;

import java.util.List;

/** A global secondary index as DescribeTable reports it. Null fields are absent from the request or response. */
public record GlobalSecondaryIndexDescription(
    String indexName,
    List<KeySchemaElement> keySchema,
    Projection projection,
    IndexStatus indexStatus,
    Boolean backfilling,
    ProvisionedThroughputDescription provisionedThroughput,
    OnDemandThroughput onDemandThroughput,
    Long indexSizeBytes,
    Long itemCount,
    String indexArn) {

  public GlobalSecondaryIndexDescription {
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
        .indexStatus(indexStatus)
        .backfilling(backfilling)
        .provisionedThroughput(provisionedThroughput)
        .onDemandThroughput(onDemandThroughput)
        .indexSizeBytes(indexSizeBytes)
        .itemCount(itemCount)
        .indexArn(indexArn);
  }

  /** Builds a {@link GlobalSecondaryIndexDescription}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String indexName;
    private List<KeySchemaElement> keySchema;
    private Projection projection;
    private IndexStatus indexStatus;
    private Boolean backfilling;
    private ProvisionedThroughputDescription provisionedThroughput;
    private OnDemandThroughput onDemandThroughput;
    private Long indexSizeBytes;
    private Long itemCount;
    private String indexArn;

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

    public Builder indexStatus(IndexStatus indexStatus) {
      this.indexStatus = indexStatus;
      return this;
    }

    public Builder backfilling(Boolean backfilling) {
      this.backfilling = backfilling;
      return this;
    }

    public Builder provisionedThroughput(ProvisionedThroughputDescription provisionedThroughput) {
      this.provisionedThroughput = provisionedThroughput;
      return this;
    }

    public Builder onDemandThroughput(OnDemandThroughput onDemandThroughput) {
      this.onDemandThroughput = onDemandThroughput;
      return this;
    }

    public Builder indexSizeBytes(Long indexSizeBytes) {
      this.indexSizeBytes = indexSizeBytes;
      return this;
    }

    public Builder itemCount(Long itemCount) {
      this.itemCount = itemCount;
      return this;
    }

    public Builder indexArn(String indexArn) {
      this.indexArn = indexArn;
      return this;
    }

    public GlobalSecondaryIndexDescription build() {
      return new GlobalSecondaryIndexDescription(indexName, keySchema, projection, indexStatus, backfilling, provisionedThroughput, onDemandThroughput, indexSizeBytes, itemCount, indexArn);
    }
  }
}
