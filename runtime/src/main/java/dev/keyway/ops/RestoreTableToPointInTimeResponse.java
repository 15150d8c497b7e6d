package dev.keyway.ops;

/** RestoreTableToPointInTime's answer. Null fields are absent from the request or response. */
public record RestoreTableToPointInTimeResponse(
    TableDescription tableDescription) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableDescription(tableDescription);
  }

  /** Builds a {@link RestoreTableToPointInTimeResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private TableDescription tableDescription;

    private Builder() {}

    public Builder tableDescription(TableDescription tableDescription) {
      this.tableDescription = tableDescription;
      return this;
    }

    public RestoreTableToPointInTimeResponse build() {
      return new RestoreTableToPointInTimeResponse(tableDescription);
    }
  }
}
