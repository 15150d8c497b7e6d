package dev.keyway.ops;

/** An endpoint DescribeEndpoints reports. Null fields are absent from the request or response. */
public record Endpoint(
    String address,
    Long cachePeriodInMinutes) {

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .address(address)
        .cachePeriodInMinutes(cachePeriodInMinutes);
  }

  /** Builds a {@link Endpoint}; every field is optional until the operation validates it. */
  public static final class Builder {
    private String address;
    private Long cachePeriodInMinutes;

    private Builder() {}

    public Builder address(String address) {
      this.address = address;
      return this;
    }

    public Builder cachePeriodInMinutes(Long cachePeriodInMinutes) {
      this.cachePeriodInMinutes = cachePeriodInMinutes;
      return this;
    }

    public Endpoint build() {
      return new Endpoint(address, cachePeriodInMinutes);
    }
  }
}
