package dev.keyway.ops;

import java.time.Instant;

/** Where a restored table came from. Null fields are absent from the request or response. */
public record RestoreSummary(
    String sourceBackupArn,
    String sourceTableArn,
    Instant restoreDateTime,
    Boolean restoreInProgress) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .sourceBackupArn(sourceBackupArn)
        .sourceTableArn(sourceTableArn)
        .restoreDateTime(restoreDateTime)
        .restoreInProgress(restoreInProgress);
  }

  /** Builds a {@link RestoreSummary}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String sourceBackupArn;
    private String sourceTableArn;
    private Instant restoreDateTime;
    private Boolean restoreInProgress;

    private Builder() {}

    public Builder sourceBackupArn(String sourceBackupArn) {
      this.sourceBackupArn = sourceBackupArn;
      return this;
    }

    public Builder sourceTableArn(String sourceTableArn) {
      this.sourceTableArn = sourceTableArn;
      return this;
    }

    public Builder restoreDateTime(Instant restoreDateTime) {
      this.restoreDateTime = restoreDateTime;
      return this;
    }

    public Builder restoreInProgress(Boolean restoreInProgress) {
      this.restoreInProgress = restoreInProgress;
      return this;
    }

    public RestoreSummary build() {
      return new RestoreSummary(sourceBackupArn, sourceTableArn, restoreDateTime, restoreInProgress);
    }
  }
}
