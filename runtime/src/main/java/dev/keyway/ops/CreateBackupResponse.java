package dev.keyway.ops;

/** CreateBackup's answer. Null fields are absent from the request or response. */
public record CreateBackupResponse(
    BackupDetails backupDetails) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .backupDetails(backupDetails);
  }

  /** Builds a {@link CreateBackupResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private BackupDetails backupDetails;

    private Builder() {}

    public Builder backupDetails(BackupDetails backupDetails) {
      this.backupDetails = backupDetails;
      return this;
    }

    public CreateBackupResponse build() {
      return new CreateBackupResponse(backupDetails);
    }
  }
}
