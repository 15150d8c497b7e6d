package dev.keyway.ops;

/** DescribeBackup's answer. Null fields are absent from the request or response. */
public record DescribeBackupResponse(
    BackupDescription backupDescription) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .backupDescription(backupDescription);
  }

  /** Builds a {@link DescribeBackupResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private BackupDescription backupDescription;

    private Builder() {}

    public Builder backupDescription(BackupDescription backupDescription) {
      this.backupDescription = backupDescription;
      return this;
    }

    public DescribeBackupResponse build() {
      return new DescribeBackupResponse(backupDescription);
    }
  }
}
