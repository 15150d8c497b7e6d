package dev.keyway.ops;

import java.util.List;

/** ListBackups' answer. Null fields are absent from the request or response. */
public record ListBackupsResponse(
    List<BackupSummary> backupSummaries,
    String lastEvaluatedBackupArn) {

  public ListBackupsResponse {
    backupSummaries = Copies.list(backupSummaries);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .backupSummaries(backupSummaries)
        .lastEvaluatedBackupArn(lastEvaluatedBackupArn);
  }

  /** Builds a {@link ListBackupsResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<BackupSummary> backupSummaries;
    private String lastEvaluatedBackupArn;

    private Builder() {}

    public Builder backupSummaries(List<BackupSummary> backupSummaries) {
      this.backupSummaries = backupSummaries;
      return this;
    }

    public Builder lastEvaluatedBackupArn(String lastEvaluatedBackupArn) {
      this.lastEvaluatedBackupArn = lastEvaluatedBackupArn;
      return this;
    }

    public ListBackupsResponse build() {
      return new ListBackupsResponse(backupSummaries, lastEvaluatedBackupArn);
    }
  }
}
