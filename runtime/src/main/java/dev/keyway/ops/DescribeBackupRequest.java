package dev.keyway.ops;

/** DescribeBackup. Null fields are absent from the request or response. */
public record DescribeBackupRequest(
    String backupArn) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .backupArn(backupArn);
  }

  /** Builds a {@link DescribeBackupRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String backupArn;

    private Builder() {}

    public Builder backupArn(String backupArn) {
      this.backupArn = backupArn;
      return this;
    }

    public DescribeBackupRequest build() {
      return new DescribeBackupRequest(backupArn);
    }
  }
}
