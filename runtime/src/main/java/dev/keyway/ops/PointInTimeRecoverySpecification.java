package dev.keyway.ops;

/** Turns point-in-time recovery on or off, with its recovery period. Null fields are absent from the request or response. */
public record PointInTimeRecoverySpecification(
    Boolean pointInTimeRecoveryEnabled,
    Integer recoveryPeriodInDays) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .pointInTimeRecoveryEnabled(pointInTimeRecoveryEnabled)
        .recoveryPeriodInDays(recoveryPeriodInDays);
  }

  /** Builds a {@link PointInTimeRecoverySpecification}; every field is optional until the operation validates it. */
  public static final class Builder {
    private Boolean pointInTimeRecoveryEnabled;
    private Integer recoveryPeriodInDays;

    private Builder() {}

    public Builder pointInTimeRecoveryEnabled(Boolean pointInTimeRecoveryEnabled) {
      this.pointInTimeRecoveryEnabled = pointInTimeRecoveryEnabled;
      return this;
    }

    public Builder recoveryPeriodInDays(Integer recoveryPeriodInDays) {
      this.recoveryPeriodInDays = recoveryPeriodInDays;
      return this;
    }

    public PointInTimeRecoverySpecification build() {
      return new PointInTimeRecoverySpecification(pointInTimeRecoveryEnabled, recoveryPeriodInDays);
    }
  }
}
