package dev.keyway.engine.stream;

import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.streams.SequenceNumberRange;
import dev.keyway.ops.streams.Shard;
import dev.keyway.ops.streams.StreamDescription;
import dev.keyway.ops.streams.StreamStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One stream of a table: from the time it was enabled until it was disabled (or its table dropped),
 * one shard holding its records in sequence order, trimmed after the retention period. Guarded by
 * the {@link StreamLog} that owns it.
 */
final class TableStream {
  final String arn;
  final String label;
  final String tableName;
  final List<KeySchemaElement> keySchema;
  final StreamViewType viewType;
  final Instant created;
  final String shardId;
  final long startingSequence;
  private final List<ChangeRecord> records = new ArrayList<>();
  private long trimmedThrough; // the last sequence number trimmed away, or startingSequence - 1
  private long endingSequence = -1; // set when closed: the last sequence number of the shard
  private Instant closed;

  TableStream(String arn, String label, String tableName, List<KeySchemaElement> keySchema,
      StreamViewType viewType, Instant created, long startingSequence) {
    this.arn = arn;
    this.label = label;
    this.tableName = tableName;
    this.keySchema = List.copyOf(keySchema);
    this.viewType = viewType;
    this.created = created;
    this.startingSequence = startingSequence;
    this.trimmedThrough = startingSequence - 1;
    this.shardId = String.format("shardId-%020d-%08x", created.toEpochMilli(), arn.hashCode());
  }

  boolean open() {
    return closed == null;
  }

  Instant closedAt() {
    return closed;
  }

  void close(Instant at, long lastSequence) {
    closed = at;
    endingSequence = Math.max(lastSequence, startingSequence - 1);
  }

  void append(ChangeRecord record) {
    records.add(record);
  }

  /** Drops records created before {@code horizon}. */
  void trim(Instant horizon) {
    int n = 0;
    while (n < records.size() && records.get(n).approximateCreationDateTime().isBefore(horizon)) {
      n++;
    }
    if (n > 0) {
      trimmedThrough = records.get(n - 1).sequenceNumber();
      records.subList(0, n).clear();
    }
  }

  /** The first sequence number still readable: where TRIM_HORIZON starts. */
  long horizon() {
    return trimmedThrough + 1;
  }

  /** Whether a position lies in records already trimmed away. */
  boolean trimmed(long position) {
    return position <= trimmedThrough;
  }

  /** Whether a reader at {@code position} has read everything a closed shard will ever hold. */
  boolean exhausted(long position) {
    return closed != null && position > endingSequence;
  }

  /** Up to {@code limit} records from {@code position} on. */
  List<ChangeRecord> read(long position, int limit) {
    int from = firstAtOrAfter(position);
    return List.copyOf(records.subList(from, Math.min(records.size(), from + limit)));
  }

  private int firstAtOrAfter(long position) {
    int lo = 0;
    int hi = records.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (records.get(mid).sequenceNumber() < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether a record with this sequence number is (or was) in this shard. */
  boolean covers(long sequence) {
    return sequence >= startingSequence && (closed == null || sequence <= endingSequence);
  }

  StreamDescription describe() {
    Shard shard = new Shard(shardId, new SequenceNumberRange(ChangeRecord.format(startingSequence),
        closed == null ? null : ChangeRecord.format(endingSequence)), null);
    return new StreamDescription(arn, label, closed == null ? StreamStatus.ENABLED : StreamStatus.DISABLED,
        viewType, created, tableName, keySchema, List.of(shard), null);
  }
}
