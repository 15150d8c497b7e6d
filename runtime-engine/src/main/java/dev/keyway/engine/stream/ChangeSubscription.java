package dev.keyway.engine.stream;

import java.util.List;

/**
 * A reader of one table stream in process: each {@link #poll} returns the next records, in
 * sequence order, from where the previous one stopped. Not thread-safe (one consumer per
 * subscription); the engine keeps writing while it reads.
 */
public final class ChangeSubscription {
  private final StreamLog log;
  private final TableStream stream;
  private long position;

  ChangeSubscription(StreamLog log, TableStream stream, long position) {
    this.log = log;
    this.stream = stream;
    this.position = position;
  }

  /**
   * Up to {@code max} records not read yet (empty when there are none for now). Throws
   * TrimmedDataAccessException when the records at this position were dropped (older than 24
   * hours) before they were read.
   */
  public List<ChangeRecord> poll(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1: " + max);
    }
    List<ChangeRecord> read;
    synchronized (log) {
      log.streams(); // applies retention
      if (stream.trimmed(position)) {
        throw StreamsService.trimmed();
      }
      read = log.read(stream, position, max);
    }
    if (!read.isEmpty()) {
      position = read.get(read.size() - 1).sequenceNumber() + 1;
    }
    return read;
  }

  /** Whether the stream was closed (disabled, or its table dropped) and every record was read. */
  public boolean finished() {
    synchronized (log) {
      return stream.exhausted(position);
    }
  }

  /** The stream's ARN. */
  public String streamArn() {
    return stream.arn;
  }
}
