package dev.keyway.junit;

import dev.keyway.aws.AwsBackend;
import dev.keyway.aws.AwsStreamsBackend;
import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The engine's server on a free loopback port, reached by the AWS SDK through {@link AwsBackend}
 * (and its Streams API through {@link AwsStreamsBackend}).
 */
final class ServerBackend {
  private ServerBackend() {}

  static SharedBackend start() {
    ClassPath.require(TestTarget.SERVER, "dev.keyway.engine.server.KeywayServer", "dev.keyway:keyway-server");
    ClassPath.require(TestTarget.SERVER, "software.amazon.awssdk.services.dynamodb.DynamoDbClient",
        "software.amazon.awssdk:dynamodb");
    Engine engine = Engine.inMemory();
    KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0));
    // The server checks no signature unless given credentials; any key signs.
    URI endpoint = URI.create(server.endpoint());
    AwsCredentialsProvider anyKey = StaticCredentialsProvider.create(AwsBasicCredentials.create("keyway", "keyway"));
    DynamoDbClient client = DynamoDbClient.builder()
        .endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(anyKey).build();
    DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder()
        .endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(anyKey).build();
    return new SharedBackend(AwsBackend.owning(client), engine, AwsStreamsBackend.owning(streams), () -> {
      try (Engine e = engine; KeywayServer s = server) {
        // server first, then its engine
      }
    });
  }
}
