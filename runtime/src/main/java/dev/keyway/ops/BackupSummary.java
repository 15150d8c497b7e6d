package dev.keyway.ops;

import java.time.Instant;

/** One backup as ListBackups lists it. Null fields are absent from the request or response. */
public record BackupSummary(
    String tableName,
    String tableId,
    String tableArn,
    String backupArn,
    String backupName,
    Instant backupCreationDateTime,
    Instant backupExpiryDateTime,
    BackupStatus backupStatus,
    BackupType backupType,
    Long backupSizeBytes) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableName(tableName)
        .tableId(tableId)
        .tableArn(tableArn)
        .backupArn(backupArn)
        .backupName(backupName)
        .backupCreationDateTime(backupCreationDateTime)
        .backupExpiryDateTime(backupExpiryDateTime)
        .backupStatus(backupStatus)
        .backupType(backupType)
        .backupSizeBytes(backupSizeBytes);
  }

  /** Builds a {@link BackupSummary}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String tableName;
    private String tableId;
    private String tableArn;
    private String backupArn;
    private String backupName;
    private Instant backupCreationDateTime;
    private Instant backupExpiryDateTime;
    private BackupStatus backupStatus;
    private BackupType backupType;
    private Long backupSizeBytes;

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

    public Builder backupArn(String backupArn) {
      this.backupArn = backupArn;
      return this;
    }

    public Builder backupName(String backupName) {
      this.backupName = backupName;
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

    public Builder backupStatus(BackupStatus backupStatus) {
      this.backupStatus = backupStatus;
      return this;
    }

    public Builder backupType(BackupType backupType) {
      this.backupType = backupType;
      return this;
    }

    public Builder backupSizeBytes(Long backupSizeBytes) {
      this.backupSizeBytes = backupSizeBytes;
      return this;
    }

    public BackupSummary build() {
      return new BackupSummary(tableName, tableId, tableArn, backupArn, backupName, backupCreationDateTime, backupExpiryDateTime, backupStatus, backupType, backupSizeBytes);
    }
  }
}
