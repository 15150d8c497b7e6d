package dev.keyway.engine.stream;

import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.RequestConstraints;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.error.ExpiredIteratorException;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.error.TrimmedDataAccessException;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.streams.DescribeStreamRequest;
import dev.keyway.ops.streams.DescribeStreamResponse;
import dev.keyway.ops.streams.GetRecordsRequest;
import dev.keyway.ops.streams.GetRecordsResponse;
import dev.keyway.ops.streams.GetShardIteratorRequest;
import dev.keyway.ops.streams.GetShardIteratorResponse;
import dev.keyway.ops.streams.ListStreamsRequest;
import dev.keyway.ops.streams.ListStreamsResponse;
import dev.keyway.ops.streams.Record;
import dev.keyway.ops.streams.ShardIteratorType;
import dev.keyway.ops.streams.StreamDescription;
import dev.keyway.ops.streams.StreamSummary;
import dev.keyway.spi.StreamsBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The DynamoDB Streams API over a {@link StreamLog}: ListStreams, DescribeStream (one shard per
 * stream), GetShardIterator and GetRecords, with the service's limits, iterator expiry (15
 * minutes, by the engine's clock) and errors.
 */
public final class StreamsService implements StreamsBackend {
  /** How long a shard iterator stays usable. */
  public static final Duration ITERATOR_LIFETIME = Duration.ofMinutes(15);
  /** GetRecords returns at most this many bytes of records (and at most 1,000 records). */
  static final long RESPONSE_BYTES = 1024 * 1024;

  private final StreamLog log;

  public StreamsService(StreamLog log) {
    this.log = log;
  }

  @Override
  public ListStreamsResponse listStreams(ListStreamsRequest r) {
    Errors errors = Errors.start().minimum(r.limit(), 1, "limit").maximum(r.limit(), 100, "limit");
    if (r.tableName() != null) {
      errors.tableName(r.tableName(), "tableName");
    }
    errors.throwIfAny();
    int limit = r.limit() == null ? 100 : r.limit();
    List<StreamSummary> page = new ArrayList<>();
    boolean started = r.exclusiveStartStreamArn() == null;
    String last = null;
    for (TableStream s : log.streams()) {
      if (r.tableName() != null && !r.tableName().equals(s.tableName)) {
        continue;
      }
      if (!started) {
        started = s.arn.equals(r.exclusiveStartStreamArn());
        continue;
      }
      if (page.size() == limit) {
        return new ListStreamsResponse(page, last);
      }
      page.add(new StreamSummary(s.arn, s.tableName, s.label));
      last = s.arn;
    }
    return new ListStreamsResponse(page, null);
  }

  @Override
  public DescribeStreamResponse describeStream(DescribeStreamRequest r) {
    Errors.start().notNull(r.streamArn(), "streamArn")
        .minimum(r.limit(), 1, "limit").maximum(r.limit(), 100, "limit").throwIfAny();
    TableStream stream = require(r.streamArn());
    StreamDescription d;
    synchronized (log) {
      d = stream.describe();
    }
    if (r.exclusiveStartShardId() != null) {
      d = new StreamDescription(d.streamArn(), d.streamLabel(), d.streamStatus(), d.streamViewType(),
          d.creationRequestDateTime(), d.tableName(), d.keySchema(),
          d.shards().stream().filter(s -> s.shardId().compareTo(r.exclusiveStartShardId()) > 0).toList(),
          null);
    }
    return new DescribeStreamResponse(d);
  }

  @Override
  public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest r) {
    RequestConstraints.getShardIterator(Errors.start(), r).throwIfAny();
    ShardIteratorType type = r.shardIteratorType();
    boolean atSequence = type == ShardIteratorType.AT_SEQUENCE_NUMBER
        || type == ShardIteratorType.AFTER_SEQUENCE_NUMBER;
    if (atSequence && r.sequenceNumber() == null) {
      throw new ValidationException("Must specify SequenceNumber for " + type + " iterator type");
    }
    if (!atSequence && r.sequenceNumber() != null) {
      throw new ValidationException("Must not specify SequenceNumber for " + type + " iterator type");
    }
    TableStream stream = require(r.streamArn());
    if (!stream.shardId.equals(r.shardId())) {
      throw new ResourceNotFoundException("Requested resource not found: Shard does not exist");
    }
    long sequence = atSequence ? sequence(stream, r.sequenceNumber()) : 0;
    long position = position(stream, StartingPosition.Kind.valueOf(type.name()), sequence);
    Instant now = log.clock().instant();
    return new GetShardIteratorResponse(new ShardIterator(stream.arn, stream.shardId, position, now).encode());
  }

  /** Whether the engine keeps the stream with this ARN: open, or closed within the retention period. */
  public boolean keeps(String streamArn) {
    return log.find(streamArn) != null;
  }

  /**
   * A table's change records in process, from a starting point: ResourceNotFoundException when the
   * table has no stream enabled.
   */
  public ChangeSubscription subscribe(String tableName, StartingPosition from) {
    TableStream stream = log.openStream(tableName);
    if (stream == null) {
      throw new ResourceNotFoundException("Requested resource not found: Table: " + tableName
          + " has no stream enabled");
    }
    return new ChangeSubscription(log, stream, position(stream, from.kind(), from.sequenceNumber()));
  }

  private long position(TableStream stream, StartingPosition.Kind kind, long sequence) {
    synchronized (log) {
      long position = switch (kind) {
        case TRIM_HORIZON -> stream.horizon();
        case LATEST -> log.nextSequence();
        case AT_SEQUENCE_NUMBER -> sequence;
        case AFTER_SEQUENCE_NUMBER -> sequence + 1;
      };
      if (stream.trimmed(position)) {
        throw trimmed();
      }
      return Math.max(position, stream.startingSequence);
    }
  }

  private static long sequence(TableStream stream, String text) {
    long sequence;
    try {
      if (text.isEmpty() || !text.chars().allMatch(Character::isDigit)) {
        throw new NumberFormatException(text);
      }
      sequence = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new ValidationException("Invalid SequenceNumber: " + text);
    }
    if (!stream.covers(sequence)) {
      throw new ValidationException("Invalid SequenceNumber for the shard " + stream.shardId + ": " + text);
    }
    return sequence;
  }

  @Override
  public GetRecordsResponse getRecords(GetRecordsRequest r) {
    Errors.start().notNull(r.shardIterator(), "shardIterator")
        .minimum(r.limit(), 1, "limit").maximum(r.limit(), 1000, "limit").throwIfAny();
    ShardIterator iterator = ShardIterator.decode(r.shardIterator());
    Instant now = log.clock().instant();
    if (now.isAfter(iterator.issued().plus(ITERATOR_LIFETIME))) {
      throw new ExpiredIteratorException("Shard iterator has expired");
    }
    TableStream stream = require(iterator.streamArn());
    if (!stream.shardId.equals(iterator.shardId())) {
      throw new ValidationException("Invalid ShardIterator");
    }
    List<ChangeRecord> read;
    boolean exhausted;
    synchronized (log) {
      if (stream.trimmed(iterator.position())) {
        throw trimmed();
      }
      read = firstMegabyte(
          log.read(stream, iterator.position(), r.limit() == null ? 1000 : r.limit()));
      long next = read.isEmpty() ? iterator.position() : read.get(read.size() - 1).sequenceNumber() + 1;
      exhausted = stream.exhausted(next);
      iterator = new ShardIterator(stream.arn, stream.shardId, next, now);
    }
    List<Record> records = new ArrayList<>(read.size());
    for (ChangeRecord c : read) {
      records.add(c.toWire(Catalog.REGION));
    }
    return new GetRecordsResponse(records, exhausted ? null : iterator.encode());
  }

  /**
   * The records a GetRecords returns: as DynamoDB Streams, at most 1 MB of them (by their
   * SizeBytes), and always the first, so a consumer never stalls.
   */
  static List<ChangeRecord> firstMegabyte(List<ChangeRecord> records) {
    long bytes = 0;
    for (int i = 0; i < records.size(); i++) {
      bytes += records.get(i).sizeBytes();
      if (bytes > RESPONSE_BYTES && i > 0) {
        return records.subList(0, i);
      }
    }
    return records;
  }

  private TableStream require(String arn) {
    if (!arn.startsWith("arn:aws:dynamodb:") || !arn.contains("/stream/")) {
      throw new ValidationException("Invalid StreamArn");
    }
    TableStream stream = log.find(arn);
    if (stream == null) {
      throw new ResourceNotFoundException("Requested resource not found: Stream: " + arn + " not found");
    }
    return stream;
  }

  static TrimmedDataAccessException trimmed() {
    return new TrimmedDataAccessException(
        "The operation attempted to read past the oldest stream record in a shard.");
  }
}
