package dev.keyway.ops;

/** CreateBackup: an on-demand backup of a table. Null fields are absent from the request or response. */
public record CreateBackupRequest(
    String tableName,
    String backupName) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableName(tableName)
        .backupName(backupName);
  }

  /** Builds a {@link CreateBackupRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String tableName;
    private String backupName;

    private Builder() {}

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public Builder backupName(String backupName) {
      this.backupName = backupName;
      return this;
    }

    public CreateBackupRequest build() {
      return new CreateBackupRequest(tableName, backupName);
    }
  }
}
