package dev.keyway.ops;

import java.util.List;

/** The tags of a table, a page at a time. Null fields are absent from the request or response. */
public record ListTagsOfResourceResponse(
    List<Tag> tags,
    String nextToken) {

  public ListTagsOfResourceResponse {
    tags = Copies.list(tags);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .tags(tags)
        .nextToken(nextToken);
  }

  /** Builds a {@link ListTagsOfResourceResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<Tag> tags;
    private String nextToken;

    private Builder() {}

    public Builder tags(List<Tag> tags) {
      this.tags = tags;
      return this;
    }

    public Builder nextToken(String nextToken) {
      this.nextToken = nextToken;
      return this;
    }

    public ListTagsOfResourceResponse build() {
      return new ListTagsOfResourceResponse(tags, nextToken);
    }
  }
}
