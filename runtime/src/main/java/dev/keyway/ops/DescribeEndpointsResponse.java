package dev.keyway.ops;

import java.util.List;

/** The endpoints that serve this API. Null fields are absent from the request or response. */
public record DescribeEndpointsResponse(
    List<Endpoint> endpoints) {

  public DescribeEndpointsResponse {
    endpoints = Copies.list(endpoints);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .endpoints(endpoints);
  }

  /** Builds a {@link DescribeEndpointsResponse}; every field is optional until the operation validates it. */
  public static final class Builder {
    private List<Endpoint> endpoints;

    private Builder() {}

    public Builder endpoints(List<Endpoint> endpoints) {
      this.endpoints = endpoints;
      return this;
    }

    public DescribeEndpointsResponse build() {
      return new DescribeEndpointsResponse(endpoints);
    }
  }
}
