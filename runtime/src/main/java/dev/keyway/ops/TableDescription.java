package dev.keyway.ops;

import java.time.Instant;
import java.util.List;

/** A table as Create/Describe/Update/DeleteTable report it. Null fields are absent from the request or response. */
public record TableDescription(
    List<AttributeDefinition> attributeDefinitions,
    String tableName,
    List<KeySchemaElement> keySchema,
    TableStatus tableStatus,
    Instant creationDateTime,
    ProvisionedThroughputDescription provisionedThroughput,
    OnDemandThroughput onDemandThroughput,
    Long tableSizeBytes,
    Long itemCount,
    String tableArn,
    String tableId,
    BillingModeSummary billingModeSummary,
    List<LocalSecondaryIndexDescription> localSecondaryIndexes,
    List<GlobalSecondaryIndexDescription> globalSecondaryIndexes,
    StreamSpecification streamSpecification,
    String latestStreamLabel,
    String latestStreamArn,
    Boolean deletionProtectionEnabled,
    RestoreSummary restoreSummary,
    String globalTableVersion,
    List<ReplicaDescription> replicas) {

  public TableDescription {
    attributeDefinitions = Copies.list(attributeDefinitions);
    keySchema = Copies.list(keySchema);
    localSecondaryIndexes = Copies.list(localSecondaryIndexes);
    globalSecondaryIndexes = Copies.list(globalSecondaryIndexes);
    replicas = Copies.list(replicas);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .attributeDefinitions(attributeDefinitions)
        .tableName(tableName)
        .keySchema(keySchema)
        .tableStatus(tableStatus)
        .creationDateTime(creationDateTime)
        .provisionedThroughput(provisionedThroughput)
        .onDemandThroughput(onDemandThroughput)
        .tableSizeBytes(tableSizeBytes)
        .itemCount(itemCount)
        .tableArn(tableArn)
        .tableId(tableId)
        .billingModeSummary(billingModeSummary)
        .localSecondaryIndexes(localSecondaryIndexes)
        .globalSecondaryIndexes(globalSecondaryIndexes)
        .streamSpecification(streamSpecification)
        .latestStreamLabel(latestStreamLabel)
        .latestStreamArn(latestStreamArn)
        .deletionProtectionEnabled(deletionProtectionEnabled)
        .restoreSummary(restoreSummary)
        .globalTableVersion(globalTableVersion)
        .replicas(replicas);
  }

  /** Builds a {@link TableDescription}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<AttributeDefinition> attributeDefinitions;
    private String tableName;
    private List<KeySchemaElement> keySchema;
    private TableStatus tableStatus;
    private Instant creationDateTime;
    private ProvisionedThroughputDescription provisionedThroughput;
    private OnDemandThroughput onDemandThroughput;
    private Long tableSizeBytes;
    private Long itemCount;
    private String tableArn;
    private String tableId;
    private BillingModeSummary billingModeSummary;
    private List<LocalSecondaryIndexDescription> localSecondaryIndexes;
    private List<GlobalSecondaryIndexDescription> globalSecondaryIndexes;
    private StreamSpecification streamSpecification;
    private String latestStreamLabel;
    private String latestStreamArn;
    private Boolean deletionProtectionEnabled;
    private RestoreSummary restoreSummary;
    private String globalTableVersion;
    private List<ReplicaDescription> replicas;

    private Builder() {}

    public Builder attributeDefinitions(List<AttributeDefinition> attributeDefinitions) {
      this.attributeDefinitions = attributeDefinitions;
      return this;
    }

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder keySchema(List<KeySchemaElement> keySchema) {
      this.keySchema = keySchema;
      return this;
    }

    public Builder tableStatus(TableStatus tableStatus) {
      this.tableStatus = tableStatus;
      return this;
    }

    public Builder creationDateTime(Instant creationDateTime) {
      this.creationDateTime = creationDateTime;
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

    public Builder tableSizeBytes(Long tableSizeBytes) {
      this.tableSizeBytes = tableSizeBytes;
      return this;
    }

    public Builder itemCount(Long itemCount) {
      this.itemCount = itemCount;
      return this;
    }

    public Builder tableArn(String tableArn) {
      this.tableArn = tableArn;
      return this;
    }

    public Builder tableId(String tableId) {
      this.tableId = tableId;
      return this;
    }

    public Builder billingModeSummary(BillingModeSummary billingModeSummary) {
      this.billingModeSummary = billingModeSummary;
      return this;
    }

    public Builder localSecondaryIndexes(List<LocalSecondaryIndexDescription> localSecondaryIndexes) {
      this.localSecondaryIndexes = localSecondaryIndexes;
      return this;
    }

    public Builder globalSecondaryIndexes(List<GlobalSecondaryIndexDescription> globalSecondaryIndexes) {
      this.globalSecondaryIndexes = globalSecondaryIndexes;
      return this;
    }

    public Builder streamSpecification(StreamSpecification streamSpecification) {
      this.streamSpecification = streamSpecification;
      return this;
    }

    public Builder latestStreamLabel(String latestStreamLabel) {
      this.latestStreamLabel = latestStreamLabel;
      return this;
    }

    public Builder latestStreamArn(String latestStreamArn) {
      this.latestStreamArn = latestStreamArn;
      return this;
    }

    public Builder deletionProtectionEnabled(Boolean deletionProtectionEnabled) {
      this.deletionProtectionEnabled = deletionProtectionEnabled;
      return this;
    }

    public Builder restoreSummary(RestoreSummary restoreSummary) {
      this.restoreSummary = restoreSummary;
      return this;
    }

    public Builder globalTableVersion(String globalTableVersion) {
      this.globalTableVersion = globalTableVersion;
      return this;
    }

    public Builder replicas(List<ReplicaDescription> replicas) {
      this.replicas = replicas;
      return this;
    }

    public TableDescription build() {
      return new TableDescription(attributeDefinitions, tableName, keySchema, tableStatus, creationDateTime, provisionedThroughput, onDemandThroughput, tableSizeBytes, itemCount, tableArn, tableId, billingModeSummary, localSecondaryIndexes, globalSecondaryIndexes, streamSpecification, latestStreamLabel, latestStreamArn, deletionProtectionEnabled, restoreSummary, globalTableVersion, replicas);
    }
  }
}
