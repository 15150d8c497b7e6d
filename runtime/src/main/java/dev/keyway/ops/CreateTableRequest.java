package dev.keyway.ops;

import java.util.List;

/** CreateTable. Null fields are absent from the request or response. */
public record CreateTableRequest(
    List<AttributeDefinition> attributeDefinitions,
    String tableName,
    List<KeySchemaElement> keySchema,
    List<LocalSecondaryIndex> localSecondaryIndexes,
    List<GlobalSecondaryIndex> globalSecondaryIndexes,
    BillingMode billingMode,
    ProvisionedThroughput provisionedThroughput,
    StreamSpecification streamSpecification,
    List<Tag> tags,
    Boolean deletionProtectionEnabled,
    String resourcePolicy) {

  public CreateTableRequest {
    attributeDefinitions = Copies.list(attributeDefinitions);
    keySchema = Copies.list(keySchema);
    localSecondaryIndexes = Copies.list(localSecondaryIndexes);
    globalSecondaryIndexes = Copies.list(globalSecondaryIndexes);
    tags = Copies.list(tags);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .attributeDefinitions(attributeDefinitions)
        .tableName(tableName)
        .keySchema(keySchema)
        .localSecondaryIndexes(localSecondaryIndexes)
        .globalSecondaryIndexes(globalSecondaryIndexes)
        .billingMode(billingMode)
        .provisionedThroughput(provisionedThroughput)
        .streamSpecification(streamSpecification)
        .tags(tags)
        .deletionProtectionEnabled(deletionProtectionEnabled)
        .resourcePolicy(resourcePolicy);
  }

  /** Builds a {@link CreateTableRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<AttributeDefinition> attributeDefinitions;
    private String tableName;
    private List<KeySchemaElement> keySchema;
    private List<LocalSecondaryIndex> localSecondaryIndexes;
    private List<GlobalSecondaryIndex> globalSecondaryIndexes;
    private BillingMode billingMode;
    private ProvisionedThroughput provisionedThroughput;
    private StreamSpecification streamSpecification;
    private List<Tag> tags;
    private Boolean deletionProtectionEnabled;
    private String resourcePolicy;

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

    public Builder localSecondaryIndexes(List<LocalSecondaryIndex> localSecondaryIndexes) {
      this.localSecondaryIndexes = localSecondaryIndexes;
      return this;
    }

    public Builder globalSecondaryIndexes(List<GlobalSecondaryIndex> globalSecondaryIndexes) {
      this.globalSecondaryIndexes = globalSecondaryIndexes;
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

    public Builder streamSpecification(StreamSpecification streamSpecification) {
      this.streamSpecification = streamSpecification;
      return this;
    }

    public Builder tags(List<Tag> tags) {
      this.tags = tags;
      return this;
    }

    public Builder deletionProtectionEnabled(Boolean deletionProtectionEnabled) {
      this.deletionProtectionEnabled = deletionProtectionEnabled;
      return this;
    }

    public Builder resourcePolicy(String resourcePolicy) {
      this.resourcePolicy = resourcePolicy;
      return this;
    }

    public CreateTableRequest build() {
      return new CreateTableRequest(attributeDefinitions, tableName, keySchema, localSecondaryIndexes, globalSecondaryIndexes, billingMode, provisionedThroughput, streamSpecification, tags, deletionProtectionEnabled, resourcePolicy);
    }
  }
}
