package dev.keyway.ops;

/** DescribeContinuousBackups. Null fields are absent from the request or response. */
public record DescribeContinuousBackupsRequest(
    String tableName) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tableName(tableName);
  }

  /** Builds a {@link DescribeContinuousBackupsRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String tableName;

    private Builder() {}

    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    public DescribeContinuousBackupsRequest build() {
      return new DescribeContinuousBackupsRequest(tableName);
    }
  }
}
