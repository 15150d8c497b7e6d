package dev.keyway.ops;

/** RestoreTableFromBackup's answer. Null fields are absent from the request or response. */
public record RestoreTableFromBackupResponse(
    TableDescription tableDescription) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableDescription(tableDescription);
  }

  /** Builds a {@link RestoreTableFromBackupResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private TableDescription tableDescription;

    private Builder() {}

    public Builder tableDescription(TableDescription tableDescription) {
      this.tableDescription = tableDescription;
      return this;
    }

    public RestoreTableFromBackupResponse build() {
      return new RestoreTableFromBackupResponse(tableDescription);
    }
  }
}
