package dev.keyway.ops;

/** UpdateContinuousBackups: point-in-time recovery on or off. Null fields are absent from the request or response. */
public record UpdateContinuousBackupsRequest(
    String tableName,
    PointInTimeRecoverySpecification pointInTimeRecoverySpecification) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableName(tableName)
        .pointInTimeRecoverySpecification(pointInTimeRecoverySpecification);
  }

  /** Builds a {@link UpdateContinuousBackupsRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String tableName;
    private PointInTimeRecoverySpecification pointInTimeRecoverySpecification;

    private Builder() {}

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder pointInTimeRecoverySpecification(PointInTimeRecoverySpecification pointInTimeRecoverySpecification) {
      this.pointInTimeRecoverySpecification = pointInTimeRecoverySpecification;
      return this;
    }

    public UpdateContinuousBackupsRequest build() {
      return new UpdateContinuousBackupsRequest(tableName, pointInTimeRecoverySpecification);
    }
  }
}
