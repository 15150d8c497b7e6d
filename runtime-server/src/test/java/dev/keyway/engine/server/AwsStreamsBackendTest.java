package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.api.StreamReader;
import dev.keyway.aws.AwsBackend;
import dev.keyway.aws.AwsStreamsBackend;
import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.ExpiredIteratorException;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.error.TrimmedDataAccessException;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.TimeToLiveSpecification;
import dev.keyway.ops.UpdateTableRequest;
import dev.keyway.ops.UpdateTimeToLiveRequest;
import dev.keyway.ops.streams.DescribeStreamRequest;
import dev.keyway.ops.streams.GetRecordsRequest;
import dev.keyway.ops.streams.GetRecordsResponse;
import dev.keyway.ops.streams.GetShardIteratorRequest;
import dev.keyway.ops.streams.Identity;
import dev.keyway.ops.streams.ListStreamsRequest;
import dev.keyway.ops.streams.ListStreamsResponse;
import dev.keyway.ops.streams.OperationType;
import dev.keyway.ops.streams.Record;
import dev.keyway.ops.streams.Shard;
import dev.keyway.ops.streams.ShardIteratorType;
import dev.keyway.ops.streams.StreamDescription;
import dev.keyway.ops.streams.StreamRecord;
import dev.keyway.ops.streams.StreamStatus;
import dev.keyway.ops.streams.StreamSummary;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * {@link AwsStreamsBackend} over the AWS SDK's DynamoDbStreamsClient, against Keyway's server over
 * HTTP: the Streams API as an application on Amazon DynamoDB reads it, Keyway's records in and
 * out, the service's errors as Keyway's exceptions. Writes go through {@link AwsBackend}, so the
 * whole path is the one used against AWS.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsStreamsBackendTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-05-04T08:00:00.250Z"));
  private Engine engine;
  private KeywayServer server;
  private AwsBackend dynamo;
  private AwsStreamsBackend streams;

  @BeforeAll
  void start() {
    engine = Engine.builder().clock(clock).ttlSweepInterval(Duration.ZERO).build();
    server = KeywayServer.start(engine, ServerConfig.defaults(0));
    dynamo = AwsBackend.owning(TestServers.sdkClient(server));
    streams = AwsStreamsBackend.owning(TestServers.streamsClient(server));
  }

  @AfterAll
  void stop() {
    streams.close();
    dynamo.close();
    server.close();
    engine.close();
  }

  @Test
  void listsAndDescribesAStream() {
    String arn = createWithStream("Albums", StreamViewType.NEW_IMAGE);
    String label = arn.substring(arn.lastIndexOf('/') + 1);

    ListStreamsResponse listed = streams.listStreams(new ListStreamsRequest("Albums", null, null));
    assertThat(listed.streams()).containsExactly(new StreamSummary(arn, "Albums", label));
    assertThat(listed.lastEvaluatedStreamArn()).isNull();

    StreamDescription description = describe(arn);
    assertThat(description.streamArn()).isEqualTo(arn);
    assertThat(description.streamLabel()).isEqualTo(label);
    assertThat(description.tableName()).isEqualTo("Albums");
    assertThat(description.streamStatus()).isEqualTo(StreamStatus.ENABLED);
    assertThat(description.streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
    assertThat(description.creationRequestDateTime()).isNotNull();
    assertThat(description.keySchema())
        .containsExactly(new KeySchemaElement("PK", KeyType.HASH), new KeySchemaElement("SK", KeyType.RANGE));
    assertThat(description.lastEvaluatedShardId()).isNull();
    Shard shard = description.shards().get(0);
    assertThat(description.shards()).hasSize(1);
    assertThat(shard.shardId()).isNotBlank();
    assertThat(shard.parentShardId()).isNull();
    assertThat(shard.sequenceNumberRange().startingSequenceNumber()).matches("[0-9]+");
    assertThat(shard.sequenceNumberRange().endingSequenceNumber()).isNull();
  }

  @Test
  void listStreamsPagesByLimit() {
    String first = createWithStream("PagedA", StreamViewType.KEYS_ONLY);
    String second = createWithStream("PagedB", StreamViewType.KEYS_ONLY);
    List<String> arns = new ArrayList<>();
    String start = null;
    do {
      ListStreamsResponse page = streams.listStreams(new ListStreamsRequest(null, 1, start));
      assertThat(page.streams()).hasSize(1);
      arns.add(page.streams().get(0).streamArn());
      start = page.lastEvaluatedStreamArn();
      assertThat(start).isIn(null, page.streams().get(0).streamArn());
    } while (start != null);
    assertThat(arns).contains(first, second).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(StreamViewType.class)
  void recordsCarryTheImagesTheViewTypeKeeps(StreamViewType view) {
    String table = "Views_" + view;
    String arn = createWithStream(table, view);
    put(table, "a", "x");
    put(table, "a", "y");
    delete(table, "a");

    List<Record> records = readToTheEnd(iterator(arn, ShardIteratorType.TRIM_HORIZON, null), null);
    assertThat(records).extracting(Record::eventName)
        .containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
    boolean keepsNew = view == StreamViewType.NEW_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
    boolean keepsOld = view == StreamViewType.OLD_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
    assertThat(records).extracting(r -> valueOf(r.dynamodb().newImage()))
        .containsExactly(keepsNew ? "x" : null, keepsNew ? "y" : null, null);
    assertThat(records).extracting(r -> valueOf(r.dynamodb().oldImage()))
        .containsExactly(null, keepsOld ? "x" : null, keepsOld ? "y" : null);
    BigInteger previous = BigInteger.ZERO;
    for (Record record : records) {
      assertThat(record.eventID()).isNotBlank();
      assertThat(record.eventVersion()).isEqualTo("1.1");
      assertThat(record.eventSource()).isEqualTo("aws:dynamodb");
      assertThat(record.awsRegion()).isEqualTo("us-east-1");
      assertThat(record.userIdentity()).isNull();
      StreamRecord data = record.dynamodb();
      assertThat(data.keys()).isEqualTo(key("a"));
      assertThat(data.streamViewType()).isEqualTo(view);
      assertThat(data.sizeBytes()).isPositive();
      assertThat(data.approximateCreationDateTime()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.SECONDS));
      BigInteger sequence = new BigInteger(data.sequenceNumber());
      assertThat(sequence).isGreaterThan(previous);
      previous = sequence;
    }
  }

  @Test
  void eachIteratorTypeStartsWhereItSays() {
    String arn = createWithStream("Positions", StreamViewType.KEYS_ONLY);
    put("Positions", "a", "1");
    put("Positions", "b", "1");
    put("Positions", "c", "1");
    List<Record> all = readToTheEnd(iterator(arn, ShardIteratorType.TRIM_HORIZON, null), null);
    assertThat(all).extracting(AwsStreamsBackendTest::partitionKey).containsExactly("a", "b", "c");
    String middle = all.get(1).dynamodb().sequenceNumber();

    assertThat(readToTheEnd(iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, middle), null))
        .extracting(AwsStreamsBackendTest::partitionKey).containsExactly("b", "c");
    assertThat(readToTheEnd(iterator(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, middle), null))
        .extracting(AwsStreamsBackendTest::partitionKey).containsExactly("c");
    String latest = iterator(arn, ShardIteratorType.LATEST, null);
    put("Positions", "d", "1");
    assertThat(readToTheEnd(latest, null)).extracting(AwsStreamsBackendTest::partitionKey).containsExactly("d");
  }

  @Test
  void getRecordsPagesByLimitAndAClosedShardEnds() {
    String arn = createWithStream("Pages", StreamViewType.KEYS_ONLY);
    for (String pk : List.of("a", "b", "c", "d", "e")) {
      put("Pages", pk, "1");
    }
    String iterator = iterator(arn, ShardIteratorType.TRIM_HORIZON, null);
    List<Integer> sizes = new ArrayList<>();
    for (int page = 0; page < 4; page++) {
      GetRecordsResponse response = streams.getRecords(new GetRecordsRequest(iterator, 2));
      sizes.add(response.records().size());
      iterator = response.nextShardIterator();
      assertThat(iterator).as("an open shard always has a next iterator").isNotNull();
    }
    assertThat(sizes).containsExactly(2, 2, 1, 0);

    dynamo.updateTable(UpdateTableRequest.builder().tableName("Pages")
        .streamSpecification(new StreamSpecification(false, null)).build());
    StreamDescription closed = describe(arn);
    assertThat(closed.streamStatus()).isEqualTo(StreamStatus.DISABLED);
    assertThat(closed.shards().get(0).sequenceNumberRange().endingSequenceNumber()).matches("[0-9]+");
    GetRecordsResponse rest = streams.getRecords(new GetRecordsRequest(iterator(arn, ShardIteratorType.TRIM_HORIZON, null), null));
    assertThat(rest.records()).hasSize(5);
    assertThat(rest.nextShardIterator()).as("a closed shard read to its end").isNull();
  }

  @Test
  void aStreamReaderReadsThroughTheSdkUntilTheStreamCloses() {
    String arn = createWithStream("Reader", StreamViewType.NEW_IMAGE);
    StreamReader reader = StreamReader.fromTrimHorizon(streams, arn);
    put("Reader", "a", "1");
    put("Reader", "b", "1");
    assertThat(reader.poll(10)).extracting(AwsStreamsBackendTest::partitionKey).containsExactly("a", "b");
    assertThat(reader.poll(10)).isEmpty();

    put("Reader", "c", "1");
    dynamo.updateTable(UpdateTableRequest.builder().tableName("Reader")
        .streamSpecification(new StreamSpecification(false, null)).build());
    assertThat(reader.finished()).isFalse();
    assertThat(reader.poll(10)).extracting(AwsStreamsBackendTest::partitionKey).containsExactly("c");
    assertThat(reader.finished()).isTrue();
  }

  @Test
  void ttlDeletionsKeepTheServiceAsUserIdentity() {
    String arn = createWithStream("Sessions", StreamViewType.OLD_IMAGE);
    dynamo.updateTimeToLive(new UpdateTimeToLiveRequest("Sessions", new TimeToLiveSpecification(true, "expires")));
    dynamo.putItem(PutItemRequest.builder().tableName("Sessions").item(Map.of(
        "PK", AttributeValue.s("s"), "SK", AttributeValue.s("1"),
        "expires", AttributeValue.n(clock.instant().getEpochSecond() - 1))).build());
    assertThat(engine.sweepExpiredItems()).isEqualTo(1);

    List<Record> records = readToTheEnd(iterator(arn, ShardIteratorType.TRIM_HORIZON, null), null);
    assertThat(records).extracting(Record::eventName).containsExactly(OperationType.INSERT, OperationType.REMOVE);
    assertThat(records.get(0).userIdentity()).isNull();
    assertThat(records.get(1).userIdentity()).isEqualTo(Identity.TTL_SERVICE);
    assertThat(records.get(1).dynamodb().oldImage()).containsKey("expires");
  }

  @Test
  void anExpiredIteratorIsExpiredIteratorException() {
    String arn = createWithStream("Expiring", StreamViewType.KEYS_ONLY);
    String iterator = iterator(arn, ShardIteratorType.TRIM_HORIZON, null);
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertError(() -> streams.getRecords(new GetRecordsRequest(iterator, null)),
        ExpiredIteratorException.class, "ExpiredIteratorException", "Shard iterator has expired");
  }

  @Test
  void aStringThatIsNoIteratorIsValidationException() {
    assertError(() -> streams.getRecords(new GetRecordsRequest("not an iterator", null)),
        ValidationException.class, "ValidationException", "Invalid ShardIterator");
  }

  @Test
  void aMissingStreamIsResourceNotFoundException() {
    String arn = createWithStream("Present", StreamViewType.KEYS_ONLY);
    String missing = arn.replace("Present", "Absent");
    assertError(() -> describe(missing), ResourceNotFoundException.class, "ResourceNotFoundException",
        "Requested resource not found: Stream: " + missing + " not found");
  }

  @Test
  void aTrimmedSequenceNumberIsTrimmedDataAccessException() {
    String arn = createWithStream("Trimmed", StreamViewType.KEYS_ONLY);
    put("Trimmed", "a", "1");
    String sequence = readToTheEnd(iterator(arn, ShardIteratorType.TRIM_HORIZON, null), null)
        .get(0).dynamodb().sequenceNumber();
    clock.advance(Duration.ofHours(24).plusSeconds(1));
    assertError(() -> iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, sequence),
        TrimmedDataAccessException.class, "TrimmedDataAccessException",
        "The operation attempted to read past the oldest stream record in a shard.");
  }

  @Test
  void anyServiceErrorBecomesKeywaysExceptionAndOwningClosesTheClient() {
    List<String> calls = new ArrayList<>();
    DynamoDbStreamsClient throttled = (DynamoDbStreamsClient) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DynamoDbStreamsClient.class}, (proxy, method, args) -> {
          calls.add(method.getName());
          if (method.getName().equals("close")) {
            return null;
          }
          throw software.amazon.awssdk.services.dynamodb.model.LimitExceededException.builder()
              .message("Too many concurrent requests").statusCode(400)
              .awsErrorDetails(AwsErrorDetails.builder().errorCode("LimitExceededException")
                  .errorMessage("Too many concurrent requests").build())
              .build();
        });
    AwsStreamsBackend kept = AwsStreamsBackend.of(throttled);
    assertError(() -> kept.listStreams(new ListStreamsRequest(null, null, null)),
        dev.keyway.error.LimitExceededException.class, "LimitExceededException", "Too many concurrent requests");
    kept.close();
    assertThat(calls).containsExactly("listStreams");
    AwsStreamsBackend.owning(throttled).close();
    assertThat(calls).containsExactly("listStreams", "close");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private String createWithStream(String table, StreamViewType view) {
    dynamo.createTable(CreateTableRequest.builder()
        .tableName(table)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(List.of(new AttributeDefinition("PK", ScalarAttributeType.S),
            new AttributeDefinition("SK", ScalarAttributeType.S)))
        .keySchema(List.of(new KeySchemaElement("PK", KeyType.HASH), new KeySchemaElement("SK", KeyType.RANGE)))
        .streamSpecification(new StreamSpecification(true, view))
        .build());
    return dynamo.describeTable(new DescribeTableRequest(table)).table().latestStreamArn();
  }

  private static Map<String, AttributeValue> key(String pk) {
    return Map.of("PK", AttributeValue.s(pk), "SK", AttributeValue.s("1"));
  }

  private void put(String table, String pk, String value) {
    dynamo.putItem(PutItemRequest.builder().tableName(table)
        .item(Map.of("PK", AttributeValue.s(pk), "SK", AttributeValue.s("1"), "v", AttributeValue.s(value))).build());
  }

  private void delete(String table, String pk) {
    dynamo.deleteItem(DeleteItemRequest.builder().tableName(table).key(key(pk)).build());
  }

  private StreamDescription describe(String arn) {
    return streams.describeStream(new DescribeStreamRequest(arn, null, null)).streamDescription();
  }

  private String iterator(String arn, ShardIteratorType type, String sequenceNumber) {
    String shardId = describe(arn).shards().get(0).shardId();
    return streams.getShardIterator(new GetShardIteratorRequest(arn, shardId, type, sequenceNumber)).shardIterator();
  }

  /** Every record from the iterator on, until a read returns none (or the shard ends). */
  private List<Record> readToTheEnd(String iterator, Integer limit) {
    List<Record> records = new ArrayList<>();
    while (iterator != null) {
      GetRecordsResponse response = streams.getRecords(new GetRecordsRequest(iterator, limit));
      if (response.records().isEmpty()) {
        break;
      }
      records.addAll(response.records());
      iterator = response.nextShardIterator();
    }
    return records;
  }

  private static String partitionKey(Record record) {
    return ((AttributeValue.S) record.dynamodb().keys().get("PK")).value();
  }

  private static String valueOf(Map<String, AttributeValue> image) {
    return image == null ? null : ((AttributeValue.S) image.get("v")).value();
  }

  private static <E extends DynamoDbException> void assertError(
      Runnable call, Class<E> type, String errorType, String message) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(type, e -> {
      assertThat(e.errorType()).isEqualTo(errorType);
      assertThat(e.getMessage()).isEqualTo(message);
      assertThat(e.httpStatus()).isEqualTo(400);
    });
  }
}
