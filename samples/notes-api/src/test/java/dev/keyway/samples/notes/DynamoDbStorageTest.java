package dev.keyway.samples.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code --dynamodb} storage: AwsBackend and the AWS SDK, pointed at the engine's server over HTTP as
 * they would be at Amazon DynamoDB ({@code --endpoint} left out) or at {@code keyway-engine serve}.
 */
class DynamoDbStorageTest {
  private final Engine engine = Engine.inMemory();
  private final KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0));

  /** The SDK's default credentials read these; the server checks no signature unless configured to. */
  @BeforeEach
  void credentials() {
    System.setProperty("aws.accessKeyId", "notes");
    System.setProperty("aws.secretAccessKey", "notes");
  }

  @AfterEach
  void stop() {
    server.close();
    engine.close();
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @Test
  void theServiceRunsOnDynamoDbThroughTheSdk() {
    NotesConfig config = NotesConfig.parse(
        new String[] {"--dynamodb", "--region", "us-east-1", "--endpoint", server.endpoint()}, java.util.Map.of());
    assertEquals(new Storage.DynamoDb("us-east-1", URI.create(server.endpoint())), config.storage());

    try (RunningApi api = new RunningApi(config.storage().open())) {
      String first = api.create("ann", "first", "work");
      String second = api.create("ann", "second", "work", "home");
      assertEquals(List.of(second, first), api.get("ann", "/notes").ids("notes"));
      assertEquals(List.of(second), api.get("ann", "/notes?tag=home").ids("notes"));
      assertEquals(204, api.delete("ann", "/notes/" + first).status());
      assertEquals(200, api.put("ann", "/me", "{\"name\":\"Ann\"}").status());
      assertEquals(List.of(second), api.get("ann", "/me").ids("latestNotes"));
    }
    assertEquals(List.of("Notes"), engine.listTables(dev.keyway.ops.ListTablesRequest.builder().build()).tableNames());
  }
}
