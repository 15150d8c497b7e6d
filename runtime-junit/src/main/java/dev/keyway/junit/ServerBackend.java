package dev.keyway.junit;

import dev.keyway.aws.AwsBackend;
import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The engine's server on a free loopback port, reached by the AWS SDK through {@link AwsBackend}. */
final class ServerBackend {
  private ServerBackend() {}

  static SharedBackend start() {
    ClassPath.require(TestTarget.SERVER, "dev.keyway.engine.server.KeywayServer", "dev.keyway:keyway-server");
    ClassPath.require(TestTarget.SERVER, "software.amazon.awssdk.services.dynamodb.DynamoDbClient",
        "software.amazon.awssdk:dynamodb");
    Engine engine = Engine.inMemory();
    KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0));
    // The server checks no signature unless given credentials; any key signs.
    DynamoDbClient client = DynamoDbClient.builder()
        .endpointOverride(URI.create(server.endpoint()))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("keyway", "keyway")))
        .build();
    return new SharedBackend(AwsBackend.owning(client), engine, () -> {
      try (Engine e = engine; KeywayServer s = server) {
        // server first, then its engine
      }
    });
  }
}
