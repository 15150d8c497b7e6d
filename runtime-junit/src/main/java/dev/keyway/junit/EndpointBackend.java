package dev.keyway.junit;

import dev.keyway.aws.AwsBackend;
import dev.keyway.aws.AwsStreamsBackend;
import java.net.URI;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClientBuilder;

/**
 * The endpoint of {@code keyway.endpoint}, with the SDK's default credentials; its Streams API at
 * the same URL (Keyway's server serves both there), or at the SDK's own for {@code aws}.
 */
final class EndpointBackend {
  /** The value of {@code keyway.endpoint} that means Amazon DynamoDB at the SDK's own endpoint. */
  static final String AWS = "aws";

  private EndpointBackend() {}

  static SharedBackend start() {
    ClassPath.require(TestTarget.ENDPOINT, "software.amazon.awssdk.services.dynamodb.DynamoDbClient",
        "software.amazon.awssdk:dynamodb");
    String endpoint = System.getProperty(TestTarget.ENDPOINT_PROPERTY, "").trim();
    if (endpoint.isEmpty()) {
      throw new org.junit.jupiter.api.extension.ExtensionConfigurationException("TestTarget.ENDPOINT needs the"
          + " system property " + TestTarget.ENDPOINT_PROPERTY + " (a URL such as http://localhost:8000, or aws)");
    }
    DynamoDbClientBuilder builder = DynamoDbClient.builder();
    DynamoDbStreamsClientBuilder streams = DynamoDbStreamsClient.builder();
    if (!endpoint.equalsIgnoreCase(AWS)) {
      builder.endpointOverride(URI.create(endpoint));
      streams.endpointOverride(URI.create(endpoint));
    }
    String region = System.getProperty(TestTarget.REGION_PROPERTY);
    if (region != null && !region.isBlank()) {
      builder.region(Region.of(region.trim()));
      streams.region(Region.of(region.trim()));
    }
    return new SharedBackend(AwsBackend.owning(builder.build()), null, AwsStreamsBackend.owning(streams.build()),
        () -> {});
  }
}
