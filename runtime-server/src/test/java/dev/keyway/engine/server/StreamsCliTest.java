package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyway.engine.Engine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The AWS CLI's {@code dynamodbstreams} commands against the server, when {@code aws} is on the
 * PATH (skipped otherwise): list-streams, describe-stream, get-shard-iterator, get-records. Each
 * call starts the CLI (seconds each), so this test makes only the four calls a reader makes.
 */
class StreamsCliTest {
  /** Runs {@code aws dynamodbstreams <args> --query <query>}: the queried value, as text. */
  private static String aws(KeywayServer server, String query, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("dynamodbstreams"));
    command.addAll(List.of(args));
    command.addAll(List.of("--output", "text", "--query", query));
    AwsCli.Result result = AwsCli.run(server.endpoint(), "AKIDTEST", "secret", command.toArray(String[]::new));
    assertThat(result.exit()).as(result.output()).isZero();
    return result.out().strip();
  }

  @Test
  void listDescribeIterateAndGetRecords() throws Exception {
    assumeTrue(AwsCli.available(), "the AWS CLI is not on the PATH");
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0));
        DynamoDbClient dynamo = TestServers.sdkClient(server)) {
      dynamo.createTable(TestServers.table("Music").toBuilder()
          .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)).build());
      dynamo.putItem(p -> p.tableName("Music").item(Map.of("PK", AttributeValue.fromS("artist"),
          "SK", AttributeValue.fromS("song"), "year", AttributeValue.fromN("1999"))));

      String arn = aws(server, "Streams[0].StreamArn", "list-streams", "--table-name", "Music");
      assertThat(arn).startsWith("arn:aws:dynamodb:us-east-1:000000000000:table/Music/stream/");
      String[] description = aws(server, "[StreamDescription.StreamStatus, StreamDescription.Shards[0].ShardId]",
          "describe-stream", "--stream-arn", arn).split("\\s+");
      assertThat(description[0]).isEqualTo("ENABLED");
      String shard = description[1];
      String iterator = aws(server, "ShardIterator", "get-shard-iterator", "--stream-arn", arn,
          "--shard-id", shard, "--shard-iterator-type", "TRIM_HORIZON");

      String record = aws(server, "[Records[0].eventName, Records[0].dynamodb.NewImage.year.N]",
          "get-records", "--shard-iterator", iterator);
      assertThat(record.split("\\s+")).containsExactly("INSERT", "1999");
    }
  }
}
