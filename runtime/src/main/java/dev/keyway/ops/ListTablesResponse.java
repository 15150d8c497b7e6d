package dev.keyway.ops;

import java.util.List;

/** One page of table names. Null fields are absent from the request or response. */
public record ListTablesResponse(
    List<String> tableNames,
    String lastEvaluatedTableName) {

  public ListTablesResponse {
    tableNames = Copies.list(tableNames);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableNames(tableNames)
        .lastEvaluatedTableName(lastEvaluatedTableName);
  }

  /** Builds a {@link ListTablesResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<String> tableNames;
    private String lastEvaluatedTableName;

    private Builder() {}

    public Builder tableNames(List<String> tableNames) {
      this.tableNames = tableNames;
      return this;
    }

    public Builder lastEvaluatedTableName(String lastEvaluatedTableName) {
      this.lastEvaluatedTableName = lastEvaluatedTableName;
      return this;
    }

    public ListTablesResponse build() {
      return new ListTablesResponse(tableNames, lastEvaluatedTableName);
    }
  }
}
