package dev.keyway.ops;

import java.util.List;

/** A local secondary index as DescribeTable reports it. Null fields are absent from the request or response. */
public record LocalSecondaryIndexDescription(
    String indexName,
    List<KeySchemaElement> keySchema,
    Projection projection,
    Long indexSizeBytes,
    Long itemCount,
    String indexArn) {

  public LocalSecondaryIndexDescription {
    keySchema = Copies.list(keySchema);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .indexName(indexName)
        .keySchema(keySchema)
        .projection(projection)
        .indexSizeBytes(indexSizeBytes)
        .itemCount(itemCount)
        .indexArn(indexArn);
  }

  /** Builds a {@link LocalSecondaryIndexDescription}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String indexName;
    private List<KeySchemaElement> keySchema;
    private Projection projection;
    private Long indexSizeBytes;
    private Long itemCount;
    private String indexArn;

    private Builder() {}

    public Builder indexName(String indexName) {
      this.indexName = indexName;
      return this;
    }

    public Builder keySchema(List<KeySchemaElement> keySchema) {
      this.keySchema = keySchema;
      return this;
    }

    public Builder projection(Projection projection) {
      this.projection = projection;
      return this;
    }

    public Builder indexSizeBytes(Long indexSizeBytes) {
      this.indexSizeBytes = indexSizeBytes;
      return this;
    }

    public Builder itemCount(Long itemCount) {
      this.itemCount = itemCount;
      return this;
    }

    public Builder indexArn(String indexArn) {
      this.indexArn = indexArn;
      return this;
    }

    public LocalSecondaryIndexDescription build() {
      return new LocalSecondaryIndexDescription(indexName, keySchema, projection, indexSizeBytes, itemCount, indexArn);
    }
  }
}
