package dev.keyway.ops;

import java.time.Instant;
import java.util.List;

/** RestoreTableToPointInTime: a new table as the source table was at a second of its recovery window. Null fields are absent from the request or response. */
public record RestoreTableToPointInTimeRequest(
    String sourceTableArn,
    String sourceTableName,
    String targetTableName,
    Boolean useLatestRestorableTime,
    Instant restoreDateTime,
    BillingMode billingModeOverride,
    List<GlobalSecondaryIndex> globalSecondaryIndexOverride,
    List<LocalSecondaryIndex> localSecondaryIndexOverride,
    ProvisionedThroughput provisionedThroughputOverride,
    OnDemandThroughput onDemandThroughputOverride) {

  public RestoreTableToPointInTimeRequest {
    globalSecondaryIndexOverride = Copies.list(globalSecondaryIndexOverride);
    localSecondaryIndexOverride = Copies.list(localSecondaryIndexOverride);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .sourceTableArn(sourceTableArn)
        .sourceTableName(sourceTableName)
        .targetTableName(targetTableName)
        .useLatestRestorableTime(useLatestRestorableTime)
        .restoreDateTime(restoreDateTime)
        .billingModeOverride(billingModeOverride)
        .globalSecondaryIndexOverride(globalSecondaryIndexOverride)
        .localSecondaryIndexOverride(localSecondaryIndexOverride)
        .provisionedThroughputOverride(provisionedThroughputOverride)
        .onDemandThroughputOverride(onDemandThroughputOverride);
  }

  /** Builds a {@link RestoreTableToPointInTimeRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String sourceTableArn;
    private String sourceTableName;
    private String targetTableName;
    private Boolean useLatestRestorableTime;
    private Instant restoreDateTime;
    private BillingMode billingModeOverride;
    private List<GlobalSecondaryIndex> globalSecondaryIndexOverride;
    private List<LocalSecondaryIndex> localSecondaryIndexOverride;
    private ProvisionedThroughput provisionedThroughputOverride;
    private OnDemandThroughput onDemandThroughputOverride;

    private Builder() {}

    public Builder sourceTableArn(String sourceTableArn) {
      this.sourceTableArn = sourceTableArn;
      return this;
    }

    public Builder sourceTableName(String sourceTableName) {
      this.sourceTableName = sourceTableName;
      return this;
    }

    public Builder targetTableName(String targetTableName) {
      this.targetTableName = targetTableName;
      return this;
    }

    public Builder useLatestRestorableTime(Boolean useLatestRestorableTime) {
      this.useLatestRestorableTime = useLatestRestorableTime;
      return this;
    }

    public Builder restoreDateTime(Instant restoreDateTime) {
      this.restoreDateTime = restoreDateTime;
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

    public RestoreTableToPointInTimeRequest build() {
      return new RestoreTableToPointInTimeRequest(sourceTableArn, sourceTableName, targetTableName, useLatestRestorableTime, restoreDateTime, billingModeOverride, globalSecondaryIndexOverride, localSecondaryIndexOverride, provisionedThroughputOverride, onDemandThroughputOverride);
    }
  }
}
