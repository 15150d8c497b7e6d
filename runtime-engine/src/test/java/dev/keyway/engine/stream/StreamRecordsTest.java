package dev.keyway.engine.stream;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.s;
import static dev.keyway.engine.stream.StreamTables.delete;
import static dev.keyway.engine.stream.StreamTables.key;
import static dev.keyway.engine.stream.StreamTables.put;
import static dev.keyway.engine.stream.StreamTables.set;
import static dev.keyway.engine.stream.StreamTables.withStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.Fixtures;
import dev.keyway.engine.ManualClock;
import dev.keyway.error.TrimmedDataAccessException;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.DeleteRequest;
import dev.keyway.ops.Put;
import dev.keyway.ops.PutRequest;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.Update;
import dev.keyway.ops.WriteRequest;
import dev.keyway.ops.streams.OperationType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a table's stream records: one record per applied change, by every write path. */
class StreamRecordsTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private final ManualClock clock = new ManualClock(START);
  private final Engine engine = Engine.builder().clock(clock).build();

  private ChangeSubscription subscribe(StreamViewType view) {
    engine.createTable(withStream("Orders", view));
    return engine.streams().subscribe("Orders", StartingPosition.trimHorizon());
  }

  @ParameterizedTest
  @EnumSource(StreamViewType.class)
  void eachViewTypeKeepsItsImages(StreamViewType view) {
    ChangeSubscription changes = subscribe(view);
    put(engine, "Orders", "PK", "a", "SK", "1", "v", "x");
    set(engine, "Orders", "a", "1", "v", "y");
    delete(engine, "Orders", "a", "1");

    List<ChangeRecord> records = changes.poll(10);
    assertThat(records).extracting(ChangeRecord::eventName)
        .containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
    assertThat(records).allSatisfy(r -> {
      assertThat(r.keys()).isEqualTo(key("a", "1"));
      assertThat(r.viewType()).isEqualTo(view);
    });
    Map<String, ?> x = item("PK", "a", "SK", "1", "v", "x");
    Map<String, ?> y = item("PK", "a", "SK", "1", "v", "y");
    boolean news = view == StreamViewType.NEW_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
    boolean olds = view == StreamViewType.OLD_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
    assertThat(records.get(0).newImage()).isEqualTo(news ? x : null);
    assertThat(records.get(0).oldImage()).isNull();
    assertThat(records.get(1).newImage()).isEqualTo(news ? y : null);
    assertThat(records.get(1).oldImage()).isEqualTo(olds ? x : null);
    assertThat(records.get(2).newImage()).isNull();
    assertThat(records.get(2).oldImage()).isEqualTo(olds ? y : null);
  }

  @Test
  void recordsCarryIncreasingSequenceNumbersSizeAndTime() {
    ChangeSubscription changes = subscribe(StreamViewType.NEW_AND_OLD_IMAGES);
    put(engine, "Orders", "PK", "a", "SK", "1");
    clock.advance(Duration.ofSeconds(5));
    put(engine, "Orders", "PK", "b", "SK", "1");

    List<ChangeRecord> records = changes.poll(10);
    assertThat(records.get(1).sequenceNumber()).isGreaterThan(records.get(0).sequenceNumber());
    assertThat(records.get(0).sequenceNumberText()).matches("[0-9]{21}")
        .isLessThan(records.get(1).sequenceNumberText());
    assertThat(records.get(0).approximateCreationDateTime()).isEqualTo(START);
    assertThat(records.get(1).approximateCreationDateTime()).isEqualTo(START.plusSeconds(5));
    // keys (PK a, SK 1: 2 + 1 + 2 + 1 bytes) plus the new image (the same 6 bytes)
    assertThat(records.get(0).sizeBytes()).isEqualTo(12);
    assertThat(records.get(0).expiry()).isFalse();
  }

  @Test
  void writesThatChangeNothingAreNotRecorded() {
    ChangeSubscription changes = subscribe(StreamViewType.KEYS_ONLY);
    put(engine, "Orders", "PK", "a", "SK", "1", "v", "x");
    put(engine, "Orders", "PK", "a", "SK", "1", "v", "x"); // identical
    set(engine, "Orders", "a", "1", "v", "x"); // same value
    delete(engine, "Orders", "a", "2"); // absent

    assertThat(changes.poll(10)).extracting(ChangeRecord::eventName).containsExactly(OperationType.INSERT);
  }

  @Test
  void batchWritesRecordEachItem() {
    ChangeSubscription changes = subscribe(StreamViewType.NEW_IMAGE);
    put(engine, "Orders", "PK", "old", "SK", "1");
    engine.batchWriteItem(BatchWriteItemRequest.builder().requestItems(Map.of("Orders", List.of(
        new WriteRequest(new PutRequest(item("PK", "a", "SK", "1")), null),
        new WriteRequest(new PutRequest(item("PK", "b", "SK", "1")), null),
        new WriteRequest(null, new DeleteRequest(key("old", "1")))))).build());

    List<ChangeRecord> records = changes.poll(10);
    assertThat(records).hasSize(4);
    assertThat(records.subList(1, 4)).extracting(r -> r.keys().get("PK"))
        .containsExactlyInAnyOrder(s("a"), s("b"), s("old"));
  }

  @Test
  void transactionsRecordEachWrittenItemButNotTheirChecks() {
    ChangeSubscription changes = subscribe(StreamViewType.NEW_AND_OLD_IMAGES);
    put(engine, "Orders", "PK", "a", "SK", "1", "n", 1);
    engine.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(List.of(
        TransactWriteItem.builder().put(Put.builder().tableName("Orders").item(item("PK", "b", "SK", "1")).build()).build(),
        TransactWriteItem.builder().update(Update.builder().tableName("Orders").key(key("a", "1"))
            .updateExpression("SET n = :n").expressionAttributeValues(Map.of(":n", Fixtures.n(2))).build()).build()))
        .build());

    List<ChangeRecord> records = changes.poll(10);
    assertThat(records).extracting(ChangeRecord::eventName)
        .containsExactly(OperationType.INSERT, OperationType.INSERT, OperationType.MODIFY);
    assertThat(records.get(2).oldImage().get("n")).isEqualTo(Fixtures.n(1));
    assertThat(records.get(2).newImage().get("n")).isEqualTo(Fixtures.n(2));
  }

  @Test
  void changesOfOneItemArriveInCommitOrderEachOldImageThePreviousNewImage() {
    ChangeSubscription changes = subscribe(StreamViewType.NEW_AND_OLD_IMAGES);
    for (int i = 0; i < 20; i++) {
      set(engine, "Orders", "a", "1", "v", "v" + i);
      set(engine, "Orders", "b", "1", "v", "v" + i);
    }
    List<ChangeRecord> ofA = changes.poll(1000).stream()
        .filter(r -> r.keys().get("PK").equals(s("a"))).toList();
    assertThat(ofA).hasSize(20);
    for (int i = 1; i < ofA.size(); i++) {
      assertThat(ofA.get(i).oldImage()).isEqualTo(ofA.get(i - 1).newImage());
      assertThat(ofA.get(i).newImage().get("v")).isEqualTo(s("v" + i));
    }
  }

  @Test
  void pollingResumesWhereItStoppedAndLatestSkipsWhatCameBefore() {
    ChangeSubscription all = subscribe(StreamViewType.KEYS_ONLY);
    put(engine, "Orders", "PK", "a", "SK", "1");
    put(engine, "Orders", "PK", "b", "SK", "1");
    ChangeSubscription latest = engine.streams().subscribe("Orders", StartingPosition.latest());
    put(engine, "Orders", "PK", "c", "SK", "1");

    assertThat(all.poll(2)).hasSize(2);
    List<ChangeRecord> third = all.poll(2);
    assertThat(third).singleElement().satisfies(r -> assertThat(r.keys().get("PK")).isEqualTo(s("c")));
    assertThat(all.poll(2)).isEmpty();
    assertThat(latest.poll(10)).containsExactlyElementsOf(third);
    ChangeSubscription after = engine.streams().subscribe("Orders", StartingPosition.after(third.get(0).sequenceNumber() - 1));
    assertThat(after.poll(10)).containsExactlyElementsOf(third);
    ChangeSubscription at = engine.streams().subscribe("Orders", StartingPosition.at(third.get(0).sequenceNumber()));
    assertThat(at.poll(10)).containsExactlyElementsOf(third);
  }

  @Test
  void recordsAreKeptTwentyFourHoursByTheEnginesClock() {
    ChangeSubscription reader = subscribe(StreamViewType.KEYS_ONLY);
    put(engine, "Orders", "PK", "old", "SK", "1");
    long oldSequence = engine.streams().subscribe("Orders", StartingPosition.trimHorizon()).poll(1).get(0).sequenceNumber();
    clock.advance(Duration.ofHours(23));
    put(engine, "Orders", "PK", "new", "SK", "1");
    clock.advance(Duration.ofHours(1).plusSeconds(1));

    assertThat(engine.streams().subscribe("Orders", StartingPosition.trimHorizon()).poll(10))
        .extracting(r -> r.keys().get("PK")).containsExactly(s("new"));
    assertThatThrownBy(() -> reader.poll(10)).isInstanceOf(TrimmedDataAccessException.class);
    assertThatThrownBy(() -> engine.streams().subscribe("Orders", StartingPosition.at(oldSequence)))
        .isInstanceOf(TrimmedDataAccessException.class);
  }

  @Test
  void aTableWithoutAStreamRecordsNothingAndCannotBeSubscribedTo() {
    engine.createTable(Fixtures.pkSk("Plain"));
    put(engine, "Plain", "PK", "a", "SK", "1");
    assertThatThrownBy(() -> engine.streams().subscribe("Plain", StartingPosition.trimHorizon()))
        .hasMessage("Requested resource not found: Table: Plain has no stream enabled");
  }
}
