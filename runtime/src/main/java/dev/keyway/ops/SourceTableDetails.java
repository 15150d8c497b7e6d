package dev.keyway.ops;

import java.time.Instant;
import java.util.List;

/** The table a backup was taken of, as it was then. Null fields are absent from the request or response. */
public record SourceTableDetails(
    String tableName,
    String tableId,
    String tableArn,
    Long tableSizeBytes,
    List<KeySchemaElement> keySchema,
    Instant tableCreationDateTime,
    ProvisionedThroughput provisionedThroughput,
    Long itemCount,
    BillingMode billingMode) {

  public SourceTableDetails {
    keySchema = Copies.list(keySchema);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableName(tableName)
        .tableId(tableId)
        .tableArn(tableArn)
        .tableSizeBytes(tableSizeBytes)
        .keySchema(keySchema)
        .tableCreationDateTime(tableCreationDateTime)
        .provisionedThroughput(provisionedThroughput)
        .itemCount(itemCount)
        .billingMode(billingMode);
  }

  /** Builds a {@link SourceTableDetails}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String tableName;
    private String tableId;
    private String tableArn;
    private Long tableSizeBytes;
    private List<KeySchemaElement> keySchema;
    private Instant tableCreationDateTime;
    private ProvisionedThroughput provisionedThroughput;
    private Long itemCount;
    private BillingMode billingMode;

    private Builder() {}

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder tableId(String tableId) {
      this.tableId = tableId;
      return this;
    }

    public Builder tableArn(String tableArn) {
      this.tableArn = tableArn;
      return this;
    }

    public Builder tableSizeBytes(Long tableSizeBytes) {
      this.tableSizeBytes = tableSizeBytes;
      return this;
    }

    public Builder keySchema(List<KeySchemaElement> keySchema) {
      this.keySchema = keySchema;
      return this;
    }

    public Builder tableCreationDateTime(Instant tableCreationDateTime) {
      this.tableCreationDateTime = tableCreationDateTime;
      return this;
    }

    public Builder provisionedThroughput(ProvisionedThroughput provisionedThroughput) {
      this.provisionedThroughput = provisionedThroughput;
      return this;
    }

    public Builder itemCount(Long itemCount) {
      this.itemCount = itemCount;
      return this;
    }

    public Builder billingMode(BillingMode billingMode) {
      this.billingMode = billingMode;
      return this;
    }

    public SourceTableDetails build() {
      return new SourceTableDetails(tableName, tableId, tableArn, tableSizeBytes, keySchema, tableCreationDateTime, provisionedThroughput, itemCount, billingMode);
    }
  }
}
