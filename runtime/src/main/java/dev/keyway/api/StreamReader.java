package dev.keyway.api;

import dev.keyway.error.ExpiredIteratorException;
import dev.keyway.ops.streams.DescribeStreamRequest;
import dev.keyway.ops.streams.GetRecordsRequest;
import dev.keyway.ops.streams.GetRecordsResponse;
import dev.keyway.ops.streams.GetShardIteratorRequest;
import dev.keyway.ops.streams.Record;
import dev.keyway.ops.streams.Shard;
import dev.keyway.ops.streams.ShardIteratorType;
import dev.keyway.ops.streams.StreamDescription;
import dev.keyway.ops.streams.StreamStatus;
import dev.keyway.spi.StreamsBackend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads every shard of one stream through any {@link StreamsBackend} (the bundled engine, or
 * Amazon DynamoDB Streams through {@code AwsStreamsBackend}): each {@link #poll} returns the next
 * records from where the previous one stopped. It does the Streams API's bookkeeping: it finds the
 * stream's shards with DescribeStream (again whenever a shard ends, as DynamoDB then opens its
 * children), reads a parent shard to its end before its children, and renews an iterator that
 * expired (unused for 15 minutes) after the last record read, or from its starting point when none
 * was read yet. Not thread-safe: one consumer per reader.
 */
public final class StreamReader {
  private final StreamsBackend streams;
  private final String streamArn;
  private final ShardIteratorType start;
  private final Map<String, String> resumeAfter;
  private final Map<String, ShardState> shards = new LinkedHashMap<>();
  private boolean discover = true;
  private boolean firstDiscovery = true;
  private StreamStatus status;

  private StreamReader(StreamsBackend streams, String streamArn, ShardIteratorType start, Map<String, String> resumeAfter) {
    this.streams = Objects.requireNonNull(streams, "streams");
    this.streamArn = Objects.requireNonNull(streamArn, "streamArn");
    this.start = start;
    this.resumeAfter = Map.copyOf(resumeAfter);
  }

  /** A reader from the oldest record kept (24 hours) in every shard. */
  public static StreamReader fromTrimHorizon(StreamsBackend streams, String streamArn) {
    return new StreamReader(streams, streamArn, ShardIteratorType.TRIM_HORIZON, Map.of());
  }

  /**
   * A reader that goes on where another stopped: after the sequence number {@code positions} gives
   * for a shard (a reader's {@link #positions()}, kept by the application), and from the oldest
   * record kept in shards it does not name.
   */
  public static StreamReader resume(StreamsBackend streams, String streamArn, Map<String, String> positions) {
    return new StreamReader(streams, streamArn, ShardIteratorType.TRIM_HORIZON, positions);
  }

  /**
   * A reader of the changes made from now on: the open shards from their newest record on (shards
   * already closed are skipped), and shards opened later from their start.
   */
  public static StreamReader fromLatest(StreamsBackend streams, String streamArn) {
    return new StreamReader(streams, streamArn, ShardIteratorType.LATEST, Map.of());
  }

  public String streamArn() {
    return streamArn;
  }

  /**
   * The sequence number of the last record read (or resumed after), by shard ID: what to keep to
   * {@link #resume} later.
   */
  public Map<String, String> positions() {
    Map<String, String> positions = new LinkedHashMap<>();
    for (ShardState shard : shards.values()) {
      if (shard.lastSequenceNumber != null) {
        positions.put(shard.id, shard.lastSequenceNumber);
      }
    }
    return positions;
  }

  /**
   * Up to {@code max} records not read yet, those of a shard in sequence order; empty when there
   * are none for now. Service errors propagate (TrimmedDataAccessException when records were
   * trimmed before they were read).
   */
  public List<Record> poll(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1: " + max);
    }
    if (discover) {
      discoverShards();
    }
    List<Record> read = new ArrayList<>();
    for (ShardState shard : List.copyOf(shards.values())) {
      if (read.size() == max) {
        break;
      }
      if (!shard.done && readable(shard)) {
        read.addAll(readShard(shard, max - read.size()));
      }
    }
    return read;
  }

  /** Whether the stream is closed (disabled, or its table deleted) and every shard was read to its end. */
  public boolean finished() {
    if (discover) {
      discoverShards();
    }
    return status == StreamStatus.DISABLED && shards.values().stream().allMatch(s -> s.done);
  }

  private List<Record> readShard(ShardState shard, int limit) {
    if (shard.iterator == null) {
      shard.iterator = freshIterator(shard);
    }
    GetRecordsResponse response;
    try {
      response = streams.getRecords(new GetRecordsRequest(shard.iterator, limit));
    } catch (ExpiredIteratorException expired) {
      shard.iterator = freshIterator(shard);
      response = streams.getRecords(new GetRecordsRequest(shard.iterator, limit));
    }
    List<Record> records = response.records() == null ? List.of() : response.records();
    if (!records.isEmpty()) {
      shard.lastSequenceNumber = records.get(records.size() - 1).dynamodb().sequenceNumber();
    }
    shard.iterator = response.nextShardIterator();
    if (shard.iterator == null) {
      shard.done = true; // a closed shard read to its end: its children may now be read
      discover = true;
    }
    return records;
  }

  /** An iterator after the last record read in the shard, or at the shard's starting point when none was. */
  private String freshIterator(ShardState shard) {
    GetShardIteratorRequest request = shard.lastSequenceNumber == null
        ? new GetShardIteratorRequest(streamArn, shard.id, shard.startType, null)
        : new GetShardIteratorRequest(streamArn, shard.id, ShardIteratorType.AFTER_SEQUENCE_NUMBER, shard.lastSequenceNumber);
    return streams.getShardIterator(request).shardIterator();
  }

  /** A shard is read once its parent, if the stream still has it, was read to its end. */
  private boolean readable(ShardState shard) {
    ShardState parent = shard.parentId == null ? null : shards.get(shard.parentId);
    return parent == null || parent.done;
  }

  private void discoverShards() {
    String exclusiveStart = null;
    do {
      StreamDescription description =
          streams.describeStream(new DescribeStreamRequest(streamArn, null, exclusiveStart)).streamDescription();
      status = description.streamStatus();
      for (Shard shard : description.shards() == null ? List.<Shard>of() : description.shards()) {
        shards.computeIfAbsent(shard.shardId(), id -> newShard(shard));
      }
      exclusiveStart = description.lastEvaluatedShardId();
    } while (exclusiveStart != null);
    discover = false;
    firstDiscovery = false;
  }

  private ShardState newShard(Shard shard) {
    ShardState state = new ShardState(shard.shardId(), shard.parentShardId());
    state.lastSequenceNumber = resumeAfter.get(shard.shardId());
    boolean closed = shard.sequenceNumberRange() != null && shard.sequenceNumberRange().endingSequenceNumber() != null;
    if (firstDiscovery && start == ShardIteratorType.LATEST) {
      state.startType = ShardIteratorType.LATEST;
      state.done = closed; // nothing after the newest record of a closed shard
    }
    return state;
  }

  /** Where the reader is in one shard. */
  private static final class ShardState {
    final String id;
    final String parentId;
    ShardIteratorType startType = ShardIteratorType.TRIM_HORIZON;
    String iterator;
    String lastSequenceNumber;
    boolean done;

    ShardState(String id, String parentId) {
      this.id = id;
      this.parentId = parentId;
    }
  }
}
