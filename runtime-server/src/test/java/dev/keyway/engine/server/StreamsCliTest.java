package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyway.engine.Engine;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
  private static Path awsOnPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "aws");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Runs {@code aws dynamodbstreams <args> --query <query>}: the queried value, as text. */
  private static String aws(Path aws, KeywayServer server, String query, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(aws.toString(), "dynamodbstreams"));
    command.addAll(List.of(args));
    command.addAll(List.of("--endpoint-url", server.endpoint(), "--region", "us-east-1", "--output", "text", "--query", query));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(Map.of("AWS_ACCESS_KEY_ID", "AKIDTEST", "AWS_SECRET_ACCESS_KEY", "secret",
        "AWS_CONFIG_FILE", "/dev/null", "AWS_SHARED_CREDENTIALS_FILE", "/dev/null"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output.strip();
  }

  @Test
  void listDescribeIterateAndGetRecords() throws Exception {
    Path aws = awsOnPath();
    assumeTrue(aws != null, "the AWS CLI is not on the PATH");
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0));
        DynamoDbClient dynamo = TestServers.sdkClient(server)) {
      dynamo.createTable(TestServers.table("Music").toBuilder()
          .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)).build());
      dynamo.putItem(p -> p.tableName("Music").item(Map.of("PK", AttributeValue.fromS("artist"),
          "SK", AttributeValue.fromS("song"), "year", AttributeValue.fromN("1999"))));

      String arn = aws(aws, server, "Streams[0].StreamArn", "list-streams", "--table-name", "Music");
      assertThat(arn).startsWith("arn:aws:dynamodb:us-east-1:000000000000:table/Music/stream/");
      String[] description = aws(aws, server, "[StreamDescription.StreamStatus, StreamDescription.Shards[0].ShardId]",
          "describe-stream", "--stream-arn", arn).split("\\s+");
      assertThat(description[0]).isEqualTo("ENABLED");
      String shard = description[1];
      String iterator = aws(aws, server, "ShardIterator", "get-shard-iterator", "--stream-arn", arn,
          "--shard-id", shard, "--shard-iterator-type", "TRIM_HORIZON");

      String record = aws(aws, server, "[Records[0].eventName, Records[0].dynamodb.NewImage.year.N]",
          "get-records", "--shard-iterator", iterator);
      assertThat(record.split("\\s+")).containsExactly("INSERT", "1999");
    }
  }
}
