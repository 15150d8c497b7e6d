package dev.keyway.ops;

/** DescribeEndpoints. */
public record DescribeEndpointsRequest() {
  public static DescribeEndpointsRequest create() {
    return new DescribeEndpointsRequest();
  }
}
