package dev.keyway.ops;

/** New throughput for an existing global secondary index. Null fields are absent from the request or response. */
public record UpdateGlobalSecondaryIndexAction(
    String indexName,
    ProvisionedThroughput provisionedThroughput,
    OnDemandThroughput onDemandThroughput) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .indexName(indexName)
        .provisionedThroughput(provisionedThroughput)
        .onDemandThroughput(onDemandThroughput);
  }

  /** Builds a {@link UpdateGlobalSecondaryIndexAction}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String indexName;
    private ProvisionedThroughput provisionedThroughput;
    private OnDemandThroughput onDemandThroughput;

    private Builder() {}

    public Builder indexName(String indexName) {
      this.indexName = indexName;
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

    public UpdateGlobalSecondaryIndexAction build() {
      return new UpdateGlobalSecondaryIndexAction(indexName, provisionedThroughput, onDemandThroughput);
    }
  }
}
