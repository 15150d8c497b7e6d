package dev.keyway.ops;

import java.util.List;

/** TagResource: add or replace tags on a table. Null fields are absent from the request or response. */
public record TagResourceRequest(
    String resourceArn,
    List<Tag> tags) {

  public TagResourceRequest {
    tags = Copies.list(tags);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .resourceArn(resourceArn)
        .tags(tags);
  }

  /** Builds a {@link TagResourceRequest}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String resourceArn;
    private List<Tag> tags;

    private Builder() {}

    public Builder resourceArn(String resourceArn) {
      this.resourceArn = resourceArn;
      return this;
    }

    public Builder tags(List<Tag> tags) {
      this.tags = tags;
      return this;
    }

    public TagResourceRequest build() {
      return new TagResourceRequest(resourceArn, tags);
    }
  }
}
