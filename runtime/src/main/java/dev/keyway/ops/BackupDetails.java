package dev.keyway.ops;

import java.time.Instant;

/** An on-demand backup: its ARN, name, size, status, type and times. Null fields are absent from the request or response. */
public record BackupDetails(
    String backupArn,
    String backupName,
    Long backupSizeBytes,
    BackupStatus backupStatus,
    BackupType backupType,
    Instant backupCreationDateTime,
    Instant backupExpiryDateTime) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .backupArn(backupArn)
        .backupName(backupName)
        .backupSizeBytes(backupSizeBytes)
        .backupStatus(backupStatus)
        .backupType(backupType)
        .backupCreationDateTime(backupCreationDateTime)
        .backupExpiryDateTime(backupExpiryDateTime);
  }

  /** Builds a {@link BackupDetails}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String backupArn;
    private String backupName;
    private Long backupSizeBytes;
    private BackupStatus backupStatus;
    private BackupType backupType;
    private Instant backupCreationDateTime;
    private Instant backupExpiryDateTime;

    private Builder() {}

    public Builder backupArn(String backupArn) {
      this.backupArn = backupArn;
      return this;
    }

    public Builder backupName(String backupName) {
      this.backupName = backupName;
      return this;
    }

    public Builder backupSizeBytes(Long backupSizeBytes) {
      this.backupSizeBytes = backupSizeBytes;
      return this;
    }

    public Builder backupStatus(BackupStatus backupStatus) {
      this.backupStatus = backupStatus;
      return this;
    }

    public Builder backupType(BackupType backupType) {
      this.backupType = backupType;
      return this;
    }

    public Builder backupCreationDateTime(Instant backupCreationDateTime) {
      this.backupCreationDateTime = backupCreationDateTime;
      return this;
    }

    public Builder backupExpiryDateTime(Instant backupExpiryDateTime) {
      this.backupExpiryDateTime = backupExpiryDateTime;
      return this;
    }

    public BackupDetails build() {
      return new BackupDetails(backupArn, backupName, backupSizeBytes, backupStatus, backupType, backupCreationDateTime, backupExpiryDateTime);
    }
  }
}
