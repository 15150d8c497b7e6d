package dev.keyway.ops;

/** DeleteBackup. Null fields are absent from the request or response. */
public record DeleteBackupRequest(
    String backupArn) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .backupArn(backupArn);
  }

  /** Builds a {@link DeleteBackupRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String backupArn;

    private Builder() {}

    public Builder backupArn(String backupArn) {
      this.backupArn = backupArn;
      return this;
    }

    public DeleteBackupRequest build() {
      return new DeleteBackupRequest(backupArn);
    }
  }
}
