package dev.keyway.ops;

import java.util.List;

/** UpdateTable: billing mode, throughput, global secondary indexes and replicas (global tables version 2019.11.21) added or removed. Null fields are absent from the request or response. */
public record UpdateTableRequest(
    List<AttributeDefinition> attributeDefinitions,
    String tableName,
    BillingMode billingMode,
    ProvisionedThroughput provisionedThroughput,
    OnDemandThroughput onDemandThroughput,
    List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates,
    StreamSpecification streamSpecification,
    Boolean deletionProtectionEnabled,
    List<ReplicationGroupUpdate> replicaUpdates) {

  public UpdateTableRequest {
    attributeDefinitions = Copies.list(attributeDefinitions);
    globalSecondaryIndexUpdates = Copies.list(globalSecondaryIndexUpdates);
    replicaUpdates = Copies.list(replicaUpdates);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .attributeDefinitions(attributeDefinitions)
        .tableName(tableName)
        .billingMode(billingMode)
        .provisionedThroughput(provisionedThroughput)
        .onDemandThroughput(onDemandThroughput)
        .globalSecondaryIndexUpdates(globalSecondaryIndexUpdates)
        .streamSpecification(streamSpecification)
        .deletionProtectionEnabled(deletionProtectionEnabled)
        .replicaUpdates(replicaUpdates);
  }

  /** Builds a {@link UpdateTableRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<AttributeDefinition> attributeDefinitions;
    private String tableName;
    private BillingMode billingMode;
    private ProvisionedThroughput provisionedThroughput;
    private OnDemandThroughput onDemandThroughput;
    private List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates;
    private StreamSpecification streamSpecification;
    private Boolean deletionProtectionEnabled;
    private List<ReplicationGroupUpdate> replicaUpdates;

    private Builder() {}

    public Builder attributeDefinitions(List<AttributeDefinition> attributeDefinitions) {
      this.attributeDefinitions = attributeDefinitions;
      return this;
    }

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder billingMode(BillingMode billingMode) {
      this.billingMode = billingMode;
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

    public Builder globalSecondaryIndexUpdates(List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates) {
      this.globalSecondaryIndexUpdates = globalSecondaryIndexUpdates;
      return this;
    }

    public Builder streamSpecification(StreamSpecification streamSpecification) {
      this.streamSpecification = streamSpecification;
      return this;
    }

    public Builder deletionProtectionEnabled(Boolean deletionProtectionEnabled) {
      this.deletionProtectionEnabled = deletionProtectionEnabled;
      return this;
    }

    public Builder replicaUpdates(List<ReplicationGroupUpdate> replicaUpdates) {
      this.replicaUpdates = replicaUpdates;
      return this;
    }

    public UpdateTableRequest build() {
      return new UpdateTableRequest(attributeDefinitions, tableName, billingMode, provisionedThroughput, onDemandThroughput, globalSecondaryIndexUpdates, streamSpecification, deletionProtectionEnabled, replicaUpdates);
    }
  }
}
