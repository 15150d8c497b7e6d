package dev.keyway.engine.server;

import dev.keyway.engine.Engine;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * An in-memory engine served with {@code --credentials} and no policy file, for two keys: alice and
 * bob, each a user of the tables' account whose identity allows everything.
 */
final class TwoKeyServer implements AutoCloseable {
  static final String ALICE = "arn:aws:iam::000000000000:user/AKIDALICE";
  static final String BOB = "arn:aws:iam::000000000000:user/AKIDBOB";
  static final String EXPLICIT_DENY = " with an explicit deny in a resource-based policy";

  final Engine engine = Engine.inMemory();
  final KeywayServer server = KeywayServer.start(engine,
      ServerConfig.defaults(0).withCredentials(Map.of("AKIDALICE", "alice/secret", "AKIDBOB", "bob/secret")));

  DynamoDbClient alice() {
    return TestServers.sdkClient(server, "AKIDALICE", "alice/secret");
  }

  DynamoDbClient bob() {
    return TestServers.sdkClient(server, "AKIDBOB", "bob/secret");
  }

  DynamoDbStreamsClient aliceStreams() {
    return TestServers.streamsClient(server, "AKIDALICE", "alice/secret");
  }

  DynamoDbStreamsClient bobStreams() {
    return TestServers.streamsClient(server, "AKIDBOB", "bob/secret");
  }

  @Override
  public void close() {
    server.close();
    engine.close();
  }
}
