package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The AWS SDK's DynamoDbStreamsClient against the server: the whole Streams API over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamsSdkTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-05-04T08:00:00.250Z"));
  private Engine engine;
  private KeywayServer server;
  private DynamoDbClient dynamo;
  private DynamoDbStreamsClient streams;

  @BeforeAll
  void start() {
    engine = Engine.builder().clock(clock).build();
    server = KeywayServer.start(engine, ServerConfig.defaults(0));
    dynamo = TestServers.sdkClient(server);
    streams = TestServers.streamsClient(server);
  }

  @AfterAll
  void stop() {
    streams.close();
    dynamo.close();
    server.close();
    engine.close();
  }

  private String createWithStream(String table, StreamViewType view) {
    dynamo.createTable(TestServers.table(table).toBuilder()
        .streamSpecification(s -> s.streamEnabled(true).streamViewType(view)).build());
    return dynamo.describeTable(d -> d.tableName(table)).table().latestStreamArn();
  }

  private static Map<String, AttributeValue> item(String pk, String sk, String v) {
    return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk), "v", AttributeValue.fromS(v));
  }

  private String iterator(String arn, ShardIteratorType type, String sequence) {
    String shard = streams.describeStream(d -> d.streamArn(arn)).streamDescription().shards().get(0).shardId();
    return streams.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(type)
        .sequenceNumber(sequence)).shardIterator();
  }

  @Test
  void describeTableNamesTheStreamByLabelAndArn() {
    String label = java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).toString();
    String arn = createWithStream("Labels", StreamViewType.KEYS_ONLY);
    DescribeTableResponse d = dynamo.describeTable(r -> r.tableName("Labels"));
    assertThat(label).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.250");
    assertThat(d.table().latestStreamLabel()).isEqualTo(label);
    assertThat(arn).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/Labels/stream/" + label);
    assertThat(d.table().streamSpecification().streamViewType()).isEqualTo(StreamViewType.KEYS_ONLY);
  }

  @Test
  void listDescribeIterateAndReadRecords() {
    String arn = createWithStream("Music", StreamViewType.NEW_AND_OLD_IMAGES);
    dynamo.putItem(p -> p.tableName("Music").item(item("a", "1", "x")));
    dynamo.putItem(p -> p.tableName("Music").item(item("a", "1", "y")));
    dynamo.deleteItem(p -> p.tableName("Music").key(Map.of("PK", AttributeValue.fromS("a"), "SK", AttributeValue.fromS("1"))));

    assertThat(streams.listStreams(l -> l.tableName("Music")).streams())
        .singleElement().satisfies(s -> {
          assertThat(s.streamArn()).isEqualTo(arn);
          assertThat(s.tableName()).isEqualTo("Music");
        });
    StreamDescription description = streams.describeStream(d -> d.streamArn(arn)).streamDescription();
    assertThat(description.streamStatus()).isEqualTo(StreamStatus.ENABLED);
    assertThat(description.streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
    assertThat(description.keySchema()).hasSize(2);
    Shard shard = description.shards().get(0);
    assertThat(shard.shardId().length()).isBetween(28, 65);
    assertThat(shard.sequenceNumberRange().startingSequenceNumber()).matches("[0-9]+");
    assertThat(shard.sequenceNumberRange().endingSequenceNumber()).isNull();

    GetRecordsResponse first = streams.getRecords(g -> g.shardIterator(iterator(arn, ShardIteratorType.TRIM_HORIZON, null)).limit(2));
    assertThat(first.records()).extracting(Record::eventName).containsExactly(OperationType.INSERT, OperationType.MODIFY);
    Record modify = first.records().get(1);
    assertThat(modify.eventSource()).isEqualTo("aws:dynamodb");
    assertThat(modify.eventVersion()).isEqualTo("1.1");
    assertThat(modify.awsRegion()).isEqualTo("us-east-1");
    assertThat(modify.eventID()).isNotBlank();
    assertThat(modify.userIdentity()).isNull();
    assertThat(modify.dynamodb().oldImage().get("v").s()).isEqualTo("x");
    assertThat(modify.dynamodb().newImage().get("v").s()).isEqualTo("y");
    assertThat(modify.dynamodb().keys()).containsOnlyKeys("PK", "SK");
    assertThat(modify.dynamodb().approximateCreationDateTime()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    assertThat(modify.dynamodb().sizeBytes()).isPositive();

    GetRecordsResponse rest = streams.getRecords(g -> g.shardIterator(first.nextShardIterator()));
    assertThat(rest.records()).extracting(Record::eventName).containsExactly(OperationType.REMOVE);
    assertThat(rest.nextShardIterator()).isNotNull();
    assertThat(streams.getRecords(g -> g.shardIterator(rest.nextShardIterator())).records()).isEmpty();

    String insertSequence = first.records().get(0).dynamodb().sequenceNumber();
    assertThat(streams.getRecords(g -> g.shardIterator(iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, insertSequence)))
        .records()).hasSize(3);
    assertThat(streams.getRecords(g -> g.shardIterator(iterator(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, insertSequence)))
        .records()).hasSize(2);
    String latest = iterator(arn, ShardIteratorType.LATEST, null);
    dynamo.putItem(p -> p.tableName("Music").item(item("b", "1", "z")));
    assertThat(streams.getRecords(g -> g.shardIterator(latest)).records())
        .singleElement().satisfies(r -> assertThat(r.dynamodb().keys().get("PK").s()).isEqualTo("b"));
  }

  @Test
  void disablingClosesTheShardAndReEnablingStartsANewStream() {
    String first = createWithStream("Cycle", StreamViewType.KEYS_ONLY);
    dynamo.putItem(p -> p.tableName("Cycle").item(item("a", "1", "x")));
    dynamo.updateTable(u -> u.tableName("Cycle").streamSpecification(s -> s.streamEnabled(false)));
    DescribeTableResponse disabled = dynamo.describeTable(r -> r.tableName("Cycle"));
    assertThat(disabled.table().streamSpecification()).isNull();
    assertThat(disabled.table().latestStreamArn()).isEqualTo(first);

    StreamDescription closed = streams.describeStream(d -> d.streamArn(first)).streamDescription();
    assertThat(closed.streamStatus()).isEqualTo(StreamStatus.DISABLED);
    assertThat(closed.shards().get(0).sequenceNumberRange().endingSequenceNumber()).isNotNull();
    GetRecordsResponse all = streams.getRecords(g -> g.shardIterator(iterator(first, ShardIteratorType.TRIM_HORIZON, null)));
    assertThat(all.records()).hasSize(1);
    assertThat(all.nextShardIterator()).isNull();

    dynamo.updateTable(u -> u.tableName("Cycle").streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
    String second = dynamo.describeTable(r -> r.tableName("Cycle")).table().latestStreamArn();
    assertThat(second).isNotEqualTo(first);
    assertThat(streams.listStreams(l -> l.tableName("Cycle")).streams()).extracting(s -> s.streamArn())
        .containsExactly(first, second);
  }

  @Test
  void updateTableRefusesASecondStreamAndDisablingNone() {
    createWithStream("Twice", StreamViewType.KEYS_ONLY);
    assertThatThrownBy(() -> dynamo.updateTable(u -> u.tableName("Twice")
        .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE))))
        .isInstanceOfSatisfying(DynamoDbException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Table already has an enabled stream: TableName: Twice");
        });
    dynamo.createTable(TestServers.table("NoStream"));
    assertThatThrownBy(() -> dynamo.updateTable(u -> u.tableName("NoStream").streamSpecification(s -> s.streamEnabled(false))))
        .isInstanceOfSatisfying(DynamoDbException.class, e ->
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Table has no stream to disable: TableName: NoStream"));
    assertThatThrownBy(() -> dynamo.updateTable(u -> u.tableName("NoStream").streamSpecification(s -> s.streamEnabled(true))))
        .isInstanceOfSatisfying(DynamoDbException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("One or more parameter values were invalid: If stream is being enabled then UpdateViewType is required"));
  }

  @Test
  void iteratorsExpireAfterFifteenMinutes() {
    String arn = createWithStream("Expiry", StreamViewType.KEYS_ONLY);
    String iterator = iterator(arn, ShardIteratorType.TRIM_HORIZON, null);
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertThatThrownBy(() -> streams.getRecords(g -> g.shardIterator(iterator)))
        .isInstanceOfSatisfying(ExpiredIteratorException.class,
            e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Shard iterator has expired"));
  }

  @Test
  void trimmedRecordsAndUnknownStreamsAreErrors() {
    String arn = createWithStream("Trimmed", StreamViewType.KEYS_ONLY);
    dynamo.putItem(p -> p.tableName("Trimmed").item(item("a", "1", "x")));
    String sequence = streams.getRecords(g -> g.shardIterator(iterator(arn, ShardIteratorType.TRIM_HORIZON, null)))
        .records().get(0).dynamodb().sequenceNumber();
    String stale = iterator(arn, ShardIteratorType.TRIM_HORIZON, null);
    clock.advance(Duration.ofHours(24).plusSeconds(1));
    assertThatThrownBy(() -> iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, sequence))
        .isInstanceOf(TrimmedDataAccessException.class);

    String unknown = arn.replace("Trimmed", "Nothing");
    assertThatThrownBy(() -> streams.describeStream(d -> d.streamArn(unknown)))
        .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("Requested resource not found: Stream: " + unknown + " not found"));
    assertThatThrownBy(() -> streams.getRecords(g -> g.shardIterator("not an iterator")))
        .isInstanceOfSatisfying(DynamoDbException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid ShardIterator");
        });
    assertThat(stale).isNotBlank();
  }

  @Test
  void ttlDeletionsAppearAsServiceDeletions() {
    String arn = createWithStream("Sessions", StreamViewType.OLD_IMAGE);
    dynamo.updateTimeToLive(u -> u.tableName("Sessions")
        .timeToLiveSpecification(TimeToLiveSpecification.builder().enabled(true).attributeName("expires").build()));
    long past = clock.instant().getEpochSecond() - 1;
    dynamo.putItem(p -> p.tableName("Sessions").item(Map.of("PK", AttributeValue.fromS("s"), "SK", AttributeValue.fromS("1"),
        "expires", AttributeValue.fromN(Long.toString(past)))));
    assertThat(engine.sweepExpiredItems()).isEqualTo(1);

    List<Record> records = streams.getRecords(g -> g.shardIterator(iterator(arn, ShardIteratorType.TRIM_HORIZON, null))).records();
    Record removal = records.get(records.size() - 1);
    assertThat(removal.eventName()).isEqualTo(OperationType.REMOVE);
    assertThat(removal.userIdentity().type()).isEqualTo("Service");
    assertThat(removal.userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(removal.dynamodb().oldImage()).containsKey("expires");
  }
}
