package dev.keyway.ops;

import java.time.Instant;

/** Point-in-time recovery of a table: status, period and restorable window. Null fields are absent from the request or response. */
public record PointInTimeRecoveryDescription(
    PointInTimeRecoveryStatus pointInTimeRecoveryStatus,
    Integer recoveryPeriodInDays,
    Instant earliestRestorableDateTime,
    Instant latestRestorableDateTime) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .pointInTimeRecoveryStatus(pointInTimeRecoveryStatus)
        .recoveryPeriodInDays(recoveryPeriodInDays)
        .earliestRestorableDateTime(earliestRestorableDateTime)
        .latestRestorableDateTime(latestRestorableDateTime);
  }

  /** Builds a {@link PointInTimeRecoveryDescription}; every field is optional until the operation validates it. */
  public static final class Builder {
    private PointInTimeRecoveryStatus pointInTimeRecoveryStatus;
    private Integer recoveryPeriodInDays;
    private Instant earliestRestorableDateTime;
    private Instant latestRestorableDateTime;

    private Builder() {}

    public Builder pointInTimeRecoveryStatus(PointInTimeRecoveryStatus pointInTimeRecoveryStatus) {
      this.pointInTimeRecoveryStatus = pointInTimeRecoveryStatus;
      return this;
    }

    public Builder recoveryPeriodInDays(Integer recoveryPeriodInDays) {
      this.recoveryPeriodInDays = recoveryPeriodInDays;
      return this;
    }

    public Builder earliestRestorableDateTime(Instant earliestRestorableDateTime) {
      this.earliestRestorableDateTime = earliestRestorableDateTime;
      return this;
    }

    public Builder latestRestorableDateTime(Instant latestRestorableDateTime) {
      this.latestRestorableDateTime = latestRestorableDateTime;
      return this;
    }

    public PointInTimeRecoveryDescription build() {
      return new PointInTimeRecoveryDescription(pointInTimeRecoveryStatus, recoveryPeriodInDays, earliestRestorableDateTime, latestRestorableDateTime);
    }
  }
}
