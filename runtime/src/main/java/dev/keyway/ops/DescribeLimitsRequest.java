package dev.keyway.ops;

/** DescribeLimits. */
public record DescribeLimitsRequest() {
  public static DescribeLimitsRequest create() {
    return new DescribeLimitsRequest();
  }
}
