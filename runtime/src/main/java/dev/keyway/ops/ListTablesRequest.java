package dev.keyway.ops;

/** ListTables: table names in order, a page at a time. Null fields are absent from the request or response. */
public record ListTablesRequest(
    String exclusiveStartTableName,
    Integer limit) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .exclusiveStartTableName(exclusiveStartTableName)
        .limit(limit);
  }

  /** Builds a {@link ListTablesRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String exclusiveStartTableName;
    private Integer limit;

    private Builder() {}

    public Builder exclusiveStartTableName(String exclusiveStartTableName) {
      this.exclusiveStartTableName = exclusiveStartTableName;
      return this;
    }

    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    public ListTablesRequest build() {
      return new ListTablesRequest(exclusiveStartTableName, limit);
    }
  }
}
