package dev.keyway.ops;

import java.util.List;

/** UntagResource: remove tags from a table by key. Null fields are absent from the request or response. */
public record UntagResourceRequest(
    String resourceArn,
    List<String> tagKeys) {

  public UntagResourceRequest {
    tagKeys = Copies.list(tagKeys);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .resourceArn(resourceArn)
        .tagKeys(tagKeys);
  }

  /** Builds a {@link UntagResourceRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String resourceArn;
    private List<String> tagKeys;

    private Builder() {}

    public Builder resourceArn(String resourceArn) {
      this.resourceArn = resourceArn;
      return this;
    }

    public Builder tagKeys(List<String> tagKeys) {
      this.tagKeys = tagKeys;
      return this;
    }

    public UntagResourceRequest build() {
      return new UntagResourceRequest(resourceArn, tagKeys);
    }
  }
}
