package dev.keyway.ops;

/** DescribeTable's answer. Null fields are absent from the request or response. */
public record DescribeTableResponse(
    TableDescription table) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .table(table);
  }

  /** Builds a {@link DescribeTableResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private TableDescription table;

    private Builder() {}

    public Builder table(TableDescription table) {
      this.table = table;
      return this;
    }

    public DescribeTableResponse build() {
      return new DescribeTableResponse(table);
    }
  }
}
