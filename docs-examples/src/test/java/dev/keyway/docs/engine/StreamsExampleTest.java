package dev.keyway.docs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.engine.stream.ChangeRecord;
import dev.keyway.engine.stream.ChangeSubscription;
import dev.keyway.engine.stream.StartingPosition;
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
import dev.keyway.ops.UpdateTimeToLiveRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** docs/streams.md: enabling a stream, reading it in process and over HTTP, TTL on a moved clock. */
class StreamsExampleTest {
  private final List<String> seen = new ArrayList<>();

  @Test
  void aStreamRecordsEveryChange() {
    Engine engine = Engine.builder().clock(new ManualClock(Instant.parse("2026-05-04T08:00:00.250Z"))).build();
    // snippet:start enable
    engine.createTable(CreateTableRequest.builder()
        .tableName("Orders")
        .keySchema(List.of(new KeySchemaElement("PK", KeyType.HASH)))
        .attributeDefinitions(List.of(new AttributeDefinition("PK", ScalarAttributeType.S)))
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .streamSpecification(new StreamSpecification(true, StreamViewType.NEW_AND_OLD_IMAGES)).build());
    String arn = engine.describeTable(new DescribeTableRequest("Orders")).table().latestStreamArn();
    // arn:aws:dynamodb:us-east-1:000000000000:table/Orders/stream/2026-05-04T08:00:00.250
    // snippet:end enable
    assertEquals("arn:aws:dynamodb:us-east-1:000000000000:table/Orders/stream/2026-05-04T08:00:00.250", arn);

    engine.putItem(Items.put("Orders", "o1"));
    engine.putItem(PutItemRequest.builder().tableName("Orders")
        .item(Map.of("PK", AttributeValue.s("o1"), "status", AttributeValue.s("PAID"))).build());
    engine.deleteItem(DeleteItemRequest.builder().tableName("Orders").key(Map.of("PK", AttributeValue.s("o1"))).build());
    // snippet:start subscribe
    ChangeSubscription changes = engine.streams().subscribe("Orders", StartingPosition.trimHorizon());
    for (ChangeRecord r : changes.poll(100)) {       // the next records, in order; empty when none yet
      switch (r.eventName()) {
        case INSERT -> created(r.newImage());
        case MODIFY -> changed(r.oldImage(), r.newImage());
        case REMOVE -> removed(r.keys(), r.expiry());  // expiry(): deleted by TTL
      }
    }
    // snippet:end subscribe
    assertEquals(List.of("created", "changed", "removed"), seen);
    assertTrue(changes.poll(100).isEmpty());
  }

  private void created(Map<String, AttributeValue> item) {
    seen.add("created");
  }

  private void changed(Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
    seen.add("changed");
  }

  private void removed(Map<String, AttributeValue> keys, boolean byTtl) {
    seen.add("removed");
  }

  /** Compiled only: it needs a server on port 8000 (ServerExampleTest runs one). */
  static DynamoDbStreamsClient overHttp() {
    // snippet:start streams-client
    DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:8000")).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any"))).build();
    // snippet:end streams-client
    return streams;
  }

  @Test
  void expiredItemsAreSweptWhenTheClockMoves() {
    // snippet:start ttl
    ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));   // a Clock the test moves
    Engine engine = Engine.builder().clock(clock).ttlSweepInterval(Duration.ZERO).build();
    // ... enable TTL on "expires", put an item with expires = now + 60
    // snippet:end ttl
    engine.createTable(Items.keyedByPk("Sessions").build());
    engine.updateTimeToLive(new UpdateTimeToLiveRequest("Sessions", new TimeToLiveSpecification(true, "expires")));
    long expires = clock.instant().getEpochSecond() + 60;
    engine.putItem(PutItemRequest.builder().tableName("Sessions")
        .item(Map.of("PK", AttributeValue.s("s1"), "expires", AttributeValue.n(Long.toString(expires)))).build());
    // snippet:start ttl
    clock.advance(Duration.ofMinutes(2));
    assertEquals(1, engine.sweepExpiredItems());
    // snippet:end ttl
  }
}
