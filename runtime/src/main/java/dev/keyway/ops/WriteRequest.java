package dev.keyway.ops;

/** One write of a BatchWriteItem: exactly one of put or delete. Null fields are absent from the request or response. */
public record WriteRequest(
    PutRequest putRequest,
    DeleteRequest deleteRequest) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .putRequest(putRequest)
        .deleteRequest(deleteRequest);
  }

  /** Builds a {@link WriteRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private PutRequest putRequest;
    private DeleteRequest deleteRequest;

    private Builder() {}

    public Builder putRequest(PutRequest putRequest) {
      this.putRequest = putRequest;
      return this;
    }

    public Builder deleteRequest(DeleteRequest deleteRequest) {
      this.deleteRequest = deleteRequest;
      return this;
    }

    public WriteRequest build() {
      return new WriteRequest(putRequest, deleteRequest);
    }
  }
}
