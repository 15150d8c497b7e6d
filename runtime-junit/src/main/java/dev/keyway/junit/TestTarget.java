package dev.keyway.junit;

/** What a {@link KeywayTest} runs against. */
public enum TestTarget {
  /** A new in-process engine ({@code Engine.inMemory()}) for every test: nothing outlives a test. */
  IN_PROCESS,
  /**
   * The engine's HTTP server on a free loopback port, reached through {@code AwsBackend} and the
   * real AWS SDK; one server and client for the whole test run (starting them costs seconds), the
   * tables emptied before every test. Needs {@code
   * keyway-server}, {@code software.amazon.awssdk:dynamodb} and an SDK HTTP client (such as {@code
   * url-connection-client}) on the test class path.
   */
  SERVER,
  /**
   * The endpoint named by the system property {@code keyway.endpoint} (a URL, or {@code aws} for
   * Amazon DynamoDB as the SDK resolves it), with the SDK's default credentials and the region of
   * {@code keyway.region} or the SDK's default. Tables are created if absent, emptied before every
   * test and left in place afterwards; one client for the whole run. Setting the property selects
   * this target for every test.
   */
  ENDPOINT;

  /** The system property that selects {@link #ENDPOINT}. */
  public static final String ENDPOINT_PROPERTY = "keyway.endpoint";

  /** The system property giving {@link #ENDPOINT}'s region. */
  public static final String REGION_PROPERTY = "keyway.region";

  /**
   * The system property that runs every {@link KeywayTest} on the named target ({@code IN_PROCESS}
   * or {@code SERVER}) whatever it declares: one suite, run a second time over HTTP.
   */
  public static final String TARGET_PROPERTY = "keyway.target";

  /** {@link #ENDPOINT} if {@code keyway.endpoint} is set, else the target of {@code keyway.target}, else {@code declared}. */
  static TestTarget effective(TestTarget declared) {
    String endpoint = System.getProperty(ENDPOINT_PROPERTY);
    if (endpoint != null && !endpoint.isBlank()) {
      return ENDPOINT;
    }
    String target = System.getProperty(TARGET_PROPERTY);
    if (target == null || target.isBlank()) {
      return declared;
    }
    try {
      return valueOf(target.trim());
    } catch (IllegalArgumentException e) {
      throw new org.junit.jupiter.api.extension.ExtensionConfigurationException("-D" + TARGET_PROPERTY + "="
          + target + " names no target; use IN_PROCESS or SERVER (or set " + ENDPOINT_PROPERTY + " for ENDPOINT)");
    }
  }
}
