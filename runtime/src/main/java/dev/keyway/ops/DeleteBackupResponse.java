package dev.keyway.ops;

/** DeleteBackup's answer: the backup, now DELETED. Null fields are absent from the request or response. */
public record DeleteBackupResponse(
    BackupDescription backupDescription) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .backupDescription(backupDescription);
  }

  /** Builds a {@link DeleteBackupResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private BackupDescription backupDescription;

    private Builder() {}

    public Builder backupDescription(BackupDescription backupDescription) {
      this.backupDescription = backupDescription;
      return this;
    }

    public DeleteBackupResponse build() {
      return new DeleteBackupResponse(backupDescription);
    }
  }
}
