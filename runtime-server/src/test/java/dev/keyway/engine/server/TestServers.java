package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The real AWS SDK v2 client, pointed at a test server on loopback. */
public final class TestServers {
  private TestServers() {}

  public static DynamoDbClient sdkClient(KeywayServer server) {
    return sdkClient(server, "AKIDTEST", "secret");
  }

  public static DynamoDbClient sdkClient(KeywayServer server, String accessKey, String secret) {
    return sdkClient(server, accessKey, secret, UrlConnectionHttpClient.builder());
  }

  /** A client of an HTTPS server that trusts exactly this PEM certificate, as a user would after reading its path. */
  public static DynamoDbClient httpsClient(KeywayServer server, String accessKey, String secret, String trustedPem) {
    return sdkClient(server, accessKey, secret,
        UrlConnectionHttpClient.builder().tlsTrustManagersProvider(() -> TrustedCertificates.trustManagers(trustedPem)));
  }

  private static DynamoDbClient sdkClient(KeywayServer server, String accessKey, String secret, UrlConnectionHttpClient.Builder http) {
    return DynamoDbClient.builder()
        .endpointOverride(URI.create(server.endpoint()))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret)))
        .httpClient(http.build())
        .overrideConfiguration(c -> c.retryStrategy(DefaultRetryStrategy.doNotRetry()))
        .build();
  }

  /** The real DynamoDB Streams client of the AWS SDK v2, pointed at a test server. */
  public static DynamoDbStreamsClient streamsClient(KeywayServer server) {
    return streamsClient(server, "AKIDTEST", "secret");
  }

  public static DynamoDbStreamsClient streamsClient(KeywayServer server, String accessKey, String secret) {
    return DynamoDbStreamsClient.builder()
        .endpointOverride(URI.create(server.endpoint()))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret)))
        .httpClient(UrlConnectionHttpClient.builder().build())
        .overrideConfiguration(c -> c.retryStrategy(DefaultRetryStrategy.doNotRetry()))
        .build();
  }

  /** A pay-per-request table with string partition key PK and string sort key SK. */
  public static CreateTableRequest table(String name) {
    return CreateTableRequest.builder()
        .tableName(name)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("PK").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("SK").attributeType(ScalarAttributeType.S).build())
        .keySchema(
            KeySchemaElement.builder().attributeName("PK").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("SK").keyType(KeyType.RANGE).build())
        .build();
  }

  /** Asserts that the call is refused as DynamoDB refuses it: AccessDeniedException, HTTP 400, this message. */
  public static void assertAccessDenied(Runnable call, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(DynamoDbException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
  }
}
