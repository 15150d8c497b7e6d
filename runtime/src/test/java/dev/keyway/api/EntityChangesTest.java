package dev.keyway.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.streams.Identity;
import dev.keyway.ops.streams.OperationType;
import dev.keyway.ops.streams.Record;
import dev.keyway.ops.streams.StreamRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stream records decoded by the type attribute, keeping who made the change (TTL deletions). */
class EntityChangesTest {
  record Reading(String id, long value) {}

  record Other(String id) {}

  private static final Map<String, AttributeValue> KEYS = Map.of("PK", AttributeValue.s("r1"));

  private final EntityChanges<Reading> readings =
      new EntityChanges<>(Reading.class, "_type", List.of(new ReadingSchema(), new OtherSchema()));

  @Test
  void aTtlDeletionFromTheStreamsApiIsExpiredByTtl() {
    EntityChange<Reading> change = readings.decode(record(OperationType.REMOVE, item("Reading", 7), null,
        Identity.TTL_SERVICE)).orElseThrow();
    assertThat(change.oldEntity()).isEqualTo(new Reading("r1", 7));
    assertThat(change.newEntity()).isNull();
    assertThat(change.userIdentity()).isEqualTo(Identity.TTL_SERVICE);
    assertThat(change.expiredByTtl()).isTrue();
  }

  @Test
  void anApplicationsDeletionIsNot() {
    EntityChange<Reading> change = readings.decode(record(OperationType.REMOVE, item("Reading", 7), null, null))
        .orElseThrow();
    assertThat(change.userIdentity()).isNull();
    assertThat(change.expiredByTtl()).isFalse();
    assertThat(readings.decode(OperationType.REMOVE, KEYS, item("Reading", 7), null).orElseThrow().expiredByTtl())
        .isFalse();
  }

  @Test
  void onlyARemoveIsAnExpiry() {
    EntityChange<Reading> change = readings.decode(record(OperationType.MODIFY, item("Reading", 1), item("Reading", 2),
        Identity.TTL_SERVICE)).orElseThrow();
    assertThat(change.entity()).isEqualTo(new Reading("r1", 2));
    assertThat(change.expiredByTtl()).isFalse();
  }

  @Test
  void itemsOfOtherTypesAndKeysOnlyRecordsDecodeToNothing() {
    Map<String, AttributeValue> other = Map.of("_type", AttributeValue.s("Other"), "id", AttributeValue.s("o1"));
    assertThat(readings.decode(record(OperationType.INSERT, null, other, null))).isEmpty();
    assertThat(readings.decode(OperationType.REMOVE, KEYS, null, null)).isEmpty();
  }

  private static Record record(OperationType event, Map<String, AttributeValue> oldImage,
      Map<String, AttributeValue> newImage, Identity identity) {
    StreamRecord data = new StreamRecord(Instant.EPOCH, KEYS, newImage, oldImage, "000000000000000000001", 10L,
        StreamViewType.NEW_AND_OLD_IMAGES);
    return new Record("e1", event, "1.1", "aws:dynamodb", "us-east-1", data, identity);
  }

  private static Map<String, AttributeValue> item(String type, long value) {
    return Map.of("PK", AttributeValue.s("r1"), "_type", AttributeValue.s(type), "id", AttributeValue.s("r1"),
        "value", AttributeValue.n(value));
  }

  private static final class ReadingSchema implements EntitySchema<Reading> {
    @Override
    public Class<Reading> entityType() {
      return Reading.class;
    }

    @Override
    public String typeName() {
      return "Reading";
    }

    @Override
    public Map<String, AttributeValue> toItem(Reading r) {
      return item("Reading", r.value());
    }

    @Override
    public Reading fromItem(Map<String, AttributeValue> item) {
      return new Reading(((AttributeValue.S) item.get("id")).value(), Long.parseLong(((AttributeValue.N) item.get("value")).text()));
    }

    @Override
    public Map<String, AttributeValue> keyOf(Reading r) {
      return KEYS;
    }
  }

  private static final class OtherSchema implements EntitySchema<Other> {
    @Override
    public Class<Other> entityType() {
      return Other.class;
    }

    @Override
    public String typeName() {
      return "Other";
    }

    @Override
    public Map<String, AttributeValue> toItem(Other o) {
      return Map.of("_type", AttributeValue.s("Other"), "id", AttributeValue.s(o.id()));
    }

    @Override
    public Other fromItem(Map<String, AttributeValue> item) {
      return new Other(((AttributeValue.S) item.get("id")).value());
    }

    @Override
    public Map<String, AttributeValue> keyOf(Other o) {
      return Map.of("PK", AttributeValue.s(o.id()));
    }
  }
}
