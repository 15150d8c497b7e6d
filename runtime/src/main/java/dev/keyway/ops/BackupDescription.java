package dev.keyway.ops;

/** A backup with the table it was taken of. Null fields are absent from the request or response. */
public record BackupDescription(
    BackupDetails backupDetails,
    SourceTableDetails sourceTableDetails,
    SourceTableFeatureDetails sourceTableFeatureDetails) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .backupDetails(backupDetails)
        .sourceTableDetails(sourceTableDetails)
        .sourceTableFeatureDetails(sourceTableFeatureDetails);
  }

  /** Builds a {@link BackupDescription}; every field is optional until the operation validates it. */
  public static final class Builder {
    private BackupDetails backupDetails;
    private SourceTableDetails sourceTableDetails;
    private SourceTableFeatureDetails sourceTableFeatureDetails;

    private Builder() {}

    public Builder backupDetails(BackupDetails backupDetails) {
      this.backupDetails = backupDetails;
      return this;
    }

    public Builder sourceTableDetails(SourceTableDetails sourceTableDetails) {
      this.sourceTableDetails = sourceTableDetails;
      return this;
    }

    public Builder sourceTableFeatureDetails(SourceTableFeatureDetails sourceTableFeatureDetails) {
      this.sourceTableFeatureDetails = sourceTableFeatureDetails;
      return this;
    }

    public BackupDescription build() {
      return new BackupDescription(backupDetails, sourceTableDetails, sourceTableFeatureDetails);
    }
  }
}
