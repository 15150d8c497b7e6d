package dev.keyway.engine.ttl;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.n;
import static dev.keyway.engine.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.Fixtures;
import dev.keyway.engine.ManualClock;
import dev.keyway.engine.stream.ChangeRecord;
import dev.keyway.engine.stream.ChangeSubscription;
import dev.keyway.engine.stream.StartingPosition;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.TimeToLiveSpecification;
import dev.keyway.ops.UpdateTimeToLiveRequest;
import dev.keyway.ops.streams.OperationType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** TTL expiry driven by the engine's clock: no sleeping, sweeps run on demand. */
class TtlSweeperTest {
  private static final Instant START = Instant.parse("2026-06-01T12:00:00Z");
  private static final long NOW = START.getEpochSecond();
  private final ManualClock clock = new ManualClock(START);
  private final Engine engine = Engine.builder().clock(clock).ttlSweepInterval(Duration.ZERO).build();

  @AfterEach
  void close() {
    engine.close();
  }

  private void sessionsWithTtl() {
    engine.createTable(Fixtures.pkSk("Sessions").toBuilder()
        .streamSpecification(new StreamSpecification(true, StreamViewType.NEW_AND_OLD_IMAGES)).build());
    ttl(true, "expires");
  }

  private void ttl(boolean enabled, String attribute) {
    engine.updateTimeToLive(new UpdateTimeToLiveRequest("Sessions", new TimeToLiveSpecification(enabled, attribute)));
  }

  private void put(String pk, AttributeValue expires) {
    Map<String, AttributeValue> item = item("PK", pk, "SK", "s");
    if (expires != null) {
      item.put("expires", expires);
    }
    engine.putItem(PutItemRequest.builder().tableName("Sessions").item(item).build());
  }

  private boolean present(String pk) {
    return engine.getItem(GetItemRequest.builder().tableName("Sessions").key(item("PK", pk, "SK", "s")).build())
        .item() != null;
  }

  @Test
  void expiredItemsStayReadableUntilSweptThenAreDeletedAsServiceDeletions() {
    sessionsWithTtl();
    ChangeSubscription changes = engine.streams().subscribe("Sessions", StartingPosition.latest());
    put("past", n(NOW - 10));
    put("future", n(NOW + 60));

    assertThat(present("past")).isTrue(); // expired, not swept yet: readable as in DynamoDB
    assertThat(engine.sweepExpiredItems()).isEqualTo(1);
    assertThat(present("past")).isFalse();
    assertThat(present("future")).isTrue();

    clock.advance(Duration.ofSeconds(61));
    assertThat(engine.sweepExpiredItems()).isEqualTo(1);
    assertThat(present("future")).isFalse();

    List<ChangeRecord> records = changes.poll(10);
    assertThat(records).extracting(ChangeRecord::eventName).containsExactly(
        OperationType.INSERT, OperationType.INSERT, OperationType.REMOVE, OperationType.REMOVE);
    assertThat(records.subList(0, 2)).noneMatch(ChangeRecord::expiry);
    assertThat(records.subList(2, 4)).allMatch(ChangeRecord::expiry);
    assertThat(records.get(2).toWire("us-east-1").userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(records.get(2).toWire("us-east-1").userIdentity().type()).isEqualTo("Service");
  }

  @Test
  void attributesThatAreNotNumbersMissingOrOverFiveYearsOldAreIgnored() {
    sessionsWithTtl();
    put("string", s(Long.toString(NOW - 10)));
    put("missing", null);
    put("ancient", n(NOW - Duration.ofDays(5 * 366).toSeconds()));
    put("fraction", n(Long.toString(NOW - 1) + ".5"));

    assertThat(engine.sweepExpiredItems()).isEqualTo(1);
    assertThat(present("string")).isTrue();
    assertThat(present("missing")).isTrue();
    assertThat(present("ancient")).isTrue();
    assertThat(present("fraction")).isFalse();
  }

  @Test
  void nothingIsSweptWhereTtlIsDisabled() {
    sessionsWithTtl();
    put("past", n(NOW - 10));
    ttl(false, "expires");
    assertThat(engine.sweepExpiredItems()).isZero();
    assertThat(present("past")).isTrue();
  }

  @Test
  void updateTimeToLiveFollowsDynamoDbsRules() {
    sessionsWithTtl();
    assertThatThrownBy(() -> ttl(true, "expires"))
        .isInstanceOf(ValidationException.class).hasMessage("TimeToLive is already enabled");
    assertThatThrownBy(() -> ttl(true, "other"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("TimeToLive is active on a different AttributeName: current AttributeName is expires");
    assertThatThrownBy(() -> ttl(false, "other"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("TimeToLive is active on a different AttributeName: current AttributeName is expires");
    ttl(false, "expires");
    assertThatThrownBy(() -> ttl(false, "expires"))
        .isInstanceOf(ValidationException.class).hasMessage("TimeToLive is already disabled");
  }

  @Test
  void backgroundSweepsDeleteWithinTheInterval() throws InterruptedException {
    try (Engine background = Engine.builder().ttlSweepInterval(Duration.ofMillis(20)).build()) {
      background.createTable(Fixtures.pkSk("Sessions"));
      background.updateTimeToLive(new UpdateTimeToLiveRequest("Sessions", new TimeToLiveSpecification(true, "expires")));
      background.putItem(PutItemRequest.builder().tableName("Sessions")
          .item(item("PK", "old", "SK", "s", "expires", n(Instant.now().getEpochSecond() - 10))).build());
      GetItemRequest get = GetItemRequest.builder().tableName("Sessions").key(item("PK", "old", "SK", "s")).build();
      for (int i = 0; i < 500 && background.getItem(get).item() != null; i++) {
        Thread.sleep(10);
      }
      assertThat(background.getItem(get).item()).isNull();
    }
  }
}
