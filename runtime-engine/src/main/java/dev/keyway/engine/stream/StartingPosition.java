package dev.keyway.engine.stream;

/**
 * Where a {@link ChangeSubscription} starts reading a table's stream, as the Streams API's shard
 * iterator types: the oldest record kept, just after the newest, or at or after a sequence number.
 */
public record StartingPosition(Kind kind, long sequenceNumber) {
  /** The four starting points DynamoDB Streams offers. */
  public enum Kind { TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER }

  /** The oldest record still kept (24 hours). */
  public static StartingPosition trimHorizon() {
    return new StartingPosition(Kind.TRIM_HORIZON, 0);
  }

  /** Only changes made after subscribing. */
  public static StartingPosition latest() {
    return new StartingPosition(Kind.LATEST, 0);
  }

  /** The record with this sequence number, then those after it. */
  public static StartingPosition at(long sequenceNumber) {
    return new StartingPosition(Kind.AT_SEQUENCE_NUMBER, sequenceNumber);
  }

  /** The records after this sequence number: where a consumer that read it resumes. */
  public static StartingPosition after(long sequenceNumber) {
    return new StartingPosition(Kind.AFTER_SEQUENCE_NUMBER, sequenceNumber);
  }
}
