package dev.keyway.ops;

/** Continuous backups and point-in-time recovery of a table. Null fields are absent from the request or response. */
public record ContinuousBackupsDescription(
    ContinuousBackupsStatus continuousBackupsStatus,
    PointInTimeRecoveryDescription pointInTimeRecoveryDescription) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .continuousBackupsStatus(continuousBackupsStatus)
        .pointInTimeRecoveryDescription(pointInTimeRecoveryDescription);
  }

  /** Builds a {@link ContinuousBackupsDescription}; every field is optional until the operation validates it. */
  public static final class Builder {
    private ContinuousBackupsStatus continuousBackupsStatus;
    private PointInTimeRecoveryDescription pointInTimeRecoveryDescription;

    private Builder() {}

    public Builder continuousBackupsStatus(ContinuousBackupsStatus continuousBackupsStatus) {
      this.continuousBackupsStatus = continuousBackupsStatus;
      return this;
    }

    public Builder pointInTimeRecoveryDescription(PointInTimeRecoveryDescription pointInTimeRecoveryDescription) {
      this.pointInTimeRecoveryDescription = pointInTimeRecoveryDescription;
      return this;
    }

    public ContinuousBackupsDescription build() {
      return new ContinuousBackupsDescription(continuousBackupsStatus, pointInTimeRecoveryDescription);
    }
  }
}
