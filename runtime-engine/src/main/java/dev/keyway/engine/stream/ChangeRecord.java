package dev.keyway.engine.stream;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.streams.Identity;
import dev.keyway.ops.streams.OperationType;
import dev.keyway.ops.streams.Record;
import dev.keyway.ops.streams.StreamRecord;
import java.time.Instant;
import java.util.Map;

/**
 * One applied change of an item, as a table's stream keeps it: what happened, the item's key, the
 * images the stream's view type keeps (null when not kept or absent), when it was recorded, its
 * size and sequence number, and whether the TTL sweeper made it.
 */
public record ChangeRecord(
    long sequenceNumber,
    OperationType eventName,
    Map<String, AttributeValue> keys,
    Map<String, AttributeValue> oldImage,
    Map<String, AttributeValue> newImage,
    Instant approximateCreationDateTime,
    long sizeBytes,
    StreamViewType viewType,
    boolean expiry) {

  private static final int SEQUENCE_DIGITS = 21;

  public ChangeRecord {
    keys = Map.copyOf(keys);
  }

  /** The sequence number as DynamoDB Streams writes it: decimal digits, zero-padded to sort. */
  public String sequenceNumberText() {
    return format(sequenceNumber);
  }

  static String format(long sequenceNumber) {
    String digits = Long.toString(sequenceNumber);
    return "0".repeat(Math.max(0, SEQUENCE_DIGITS - digits.length())) + digits;
  }

  /** The record in the Streams API's shape. */
  public Record toWire(String region) {
    StreamRecord data = new StreamRecord(approximateCreationDateTime, keys, newImage, oldImage,
        sequenceNumberText(), sizeBytes, viewType);
    return new Record(eventId(), eventName, "1.1", "aws:dynamodb", region, data,
        expiry ? Identity.TTL_SERVICE : null);
  }

  /** A stable, unique id derived from the sequence number (32 hex digits, as DynamoDB's). */
  private String eventId() {
    return String.format("%016x%016x", sequenceNumber * 0x9E3779B97F4A7C15L, sequenceNumber);
  }
}
