package dev.keyway.ops;

/** DeleteTable's answer: the table as it was. Null fields are absent from the request or response. */
public record DeleteTableResponse(
    TableDescription tableDescription) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableDescription(tableDescription);
  }

  /** Builds a {@link DeleteTableResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private TableDescription tableDescription;

    private Builder() {}

    public Builder tableDescription(TableDescription tableDescription) {
      this.tableDescription = tableDescription;
      return this;
    }

    public DeleteTableResponse build() {
      return new DeleteTableResponse(tableDescription);
    }
  }
}
