package dev.keyway.ops;

import java.util.List;

/** Which attributes an index copies from the table. Null fields are absent from the request or response. */
public record Projection(
    ProjectionType projectionType,
    List<String> nonKeyAttributes) {

  public Projection {
    nonKeyAttributes = Copies.list(nonKeyAttributes);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .projectionType(projectionType)
        .nonKeyAttributes(nonKeyAttributes);
  }

  /** Builds a {@link Projection}; every field is optional until the operation validates it. */
  public static final class Builder {
    private ProjectionType projectionType;
    private List<String> nonKeyAttributes;

    private Builder() {}

    public Builder projectionType(ProjectionType projectionType) {
      this.projectionType = projectionType;
      return this;
    }

    public Builder nonKeyAttributes(List<String> nonKeyAttributes) {
      this.nonKeyAttributes = nonKeyAttributes;
      return this;
    }

    public Projection build() {
      return new Projection(projectionType, nonKeyAttributes);
    }
  }
}
