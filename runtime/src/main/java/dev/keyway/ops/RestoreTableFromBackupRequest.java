package dev.keyway.ops;

import java.util.List;

/** RestoreTableFromBackup: a new table from a backup, with optional overrides. Null fields are absent from the request or response. */
public record RestoreTableFromBackupRequest(
    String targetTableName,
    String backupArn,
    BillingMode billingModeOverride,
    List<GlobalSecondaryIndex> globalSecondaryIndexOverride,
    List<LocalSecondaryIndex> localSecondaryIndexOverride,
    ProvisionedThroughput provisionedThroughputOverride,
    OnDemandThroughput onDemandThroughputOverride) {

  public RestoreTableFromBackupRequest {
    globalSecondaryIndexOverride = Copies.list(globalSecondaryIndexOverride);
    localSecondaryIndexOverride = Copies.list(localSecondaryIndexOverride);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .targetTableName(targetTableName)
        .backupArn(backupArn)
        .billingModeOverride(billingModeOverride)
        .globalSecondaryIndexOverride(globalSecondaryIndexOverride)
        .localSecondaryIndexOverride(localSecondaryIndexOverride)
        .provisionedThroughputOverride(provisionedThroughputOverride)
        .onDemandThroughputOverride(onDemandThroughputOverride);
  }

  /** Builds a {@link RestoreTableFromBackupRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String targetTableName;
    private String backupArn;
    private BillingMode billingModeOverride;
    private List<GlobalSecondaryIndex> globalSecondaryIndexOverride;
    private List<LocalSecondaryIndex> localSecondaryIndexOverride;
    private ProvisionedThroughput provisionedThroughputOverride;
    private OnDemandThroughput onDemandThroughputOverride;

    private Builder() {}

    public Builder targetTableName(String targetTableName) {
      this.targetTableName = targetTableName;
      return this;
    }

    public Builder backupArn(String backupArn) {
      this.backupArn = backupArn;
      return this;
    }

    public Builder billingModeOverride(BillingMode billingModeOverride) {
      this.billingModeOverride = billingModeOverride;
      return this;
    }

    public Builder globalSecondaryIndexOverride(List<GlobalSecondaryIndex> globalSecondaryIndexOverride) {
      this.globalSecondaryIndexOverride = globalSecondaryIndexOverride;
      return this;
    }

    public Builder localSecondaryIndexOverride(List<LocalSecondaryIndex> localSecondaryIndexOverride) {
      this.localSecondaryIndexOverride = localSecondaryIndexOverride;
      return this;
    }

    public Builder provisionedThroughputOverride(ProvisionedThroughput provisionedThroughputOverride) {
      this.provisionedThroughputOverride = provisionedThroughputOverride;
      return this;
    }

    public Builder onDemandThroughputOverride(OnDemandThroughput onDemandThroughputOverride) {
      this.onDemandThroughputOverride = onDemandThroughputOverride;
      return this;
    }

    public RestoreTableFromBackupRequest build() {
      return new RestoreTableFromBackupRequest(targetTableName, backupArn, billingModeOverride, globalSecondaryIndexOverride, localSecondaryIndexOverride, provisionedThroughputOverride, onDemandThroughputOverride);
    }
  }
}
