package dev.keyway.ops;

import java.time.Instant;

/** ListBackups: backups of one table or all, by creation time, a page at a time. Null fields are absent from the request or response. */
public record ListBackupsRequest(
    String tableName,
    Integer limit,
    Instant timeRangeLowerBound,
    Instant timeRangeUpperBound,
    String exclusiveStartBackupArn,
    BackupTypeFilter backupType) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableName(tableName)
        .limit(limit)
        .timeRangeLowerBound(timeRangeLowerBound)
        .timeRangeUpperBound(timeRangeUpperBound)
        .exclusiveStartBackupArn(exclusiveStartBackupArn)
        .backupType(backupType);
  }

  /** Builds a {@link ListBackupsRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String tableName;
    private Integer limit;
    private Instant timeRangeLowerBound;
    private Instant timeRangeUpperBound;
    private String exclusiveStartBackupArn;
    private BackupTypeFilter backupType;

    private Builder() {}

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    public Builder timeRangeLowerBound(Instant timeRangeLowerBound) {
      this.timeRangeLowerBound = timeRangeLowerBound;
      return this;
    }

    public Builder timeRangeUpperBound(Instant timeRangeUpperBound) {
      this.timeRangeUpperBound = timeRangeUpperBound;
      return this;
    }

    public Builder exclusiveStartBackupArn(String exclusiveStartBackupArn) {
      this.exclusiveStartBackupArn = exclusiveStartBackupArn;
      return this;
    }

    public Builder backupType(BackupTypeFilter backupType) {
      this.backupType = backupType;
      return this;
    }

    public ListBackupsRequest build() {
      return new ListBackupsRequest(tableName, limit, timeRangeLowerBound, timeRangeUpperBound, exclusiveStartBackupArn, backupType);
    }
  }
}
