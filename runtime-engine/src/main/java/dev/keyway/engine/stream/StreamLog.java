package dev.keyway.engine.stream;

import dev.keyway.engine.commit.Commit;
import dev.keyway.engine.commit.CommitListener;
import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.commit.SchemaChange;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.ItemSize;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.streams.OperationType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The streams of every table, fed by applied commits: opens a stream when a table's definition
 * enables one (with a new label), closes it when the definition disables it or the table is
 * dropped, and records each item change that changed something, once, in commit order, with
 * increasing sequence numbers. Records and closed streams are kept for the retention period (24
 * hours, by the engine's clock). Thread-safe: commits arrive one at a time under the committer's
 * sequencer, readers come from any thread.
 */
public final class StreamLog implements CommitListener {
  /** How long DynamoDB keeps stream records, and closed streams. */
  public static final Duration RETENTION = Duration.ofHours(24);

  private final Clock clock;
  private final StreamJournal journal;
  private final Map<String, TableStream> byArn = new LinkedHashMap<>(); // in creation order
  private final Map<String, TableStream> openByTable = new HashMap<>();
  private long lastSequence;
  private volatile boolean idle = true; // no stream open

  @Override
  public boolean idle() {
    return idle;
  }

  public StreamLog(Clock clock) {
    this(clock, StreamJournal.NONE);
  }

  /** Streams kept in {@code journal}; replays its history first (records within retention). */
  public StreamLog(Clock clock, StreamJournal journal) {
    this.clock = clock;
    this.journal = journal;
    for (StreamEvent event : journal.history(clock.instant().minus(RETENTION))) {
      replay(event); // journals nothing
    }
    idle = openByTable.isEmpty();
  }

  private void replay(StreamEvent event) {
    if (event instanceof StreamEvent.Opened o) {
      TableStream stream = new TableStream(o.arn(), o.label(), o.tableName(), o.keySchema(),
          o.viewType(), o.created(), o.startingSequence());
      byArn.put(o.arn(), stream);
      openByTable.put(o.tableName(), stream);
      lastSequence = Math.max(lastSequence, o.startingSequence() - 1);
    } else if (event instanceof StreamEvent.Recorded r) {
      TableStream stream = byArn.get(r.arn());
      if (stream != null) {
        stream.append(r.record());
      }
      lastSequence = Math.max(lastSequence, r.record().sequenceNumber());
    } else if (event instanceof StreamEvent.Closed c) {
      TableStream stream = byArn.get(c.arn());
      if (stream != null && stream.open()) {
        stream.close(c.at(), c.lastSequence());
        openByTable.remove(stream.tableName, stream);
      }
      lastSequence = Math.max(lastSequence, c.lastSequence());
    }
  }

  /**
   * Opens and closes streams to match the tables' definitions: after a restart, a commit that
   * enabled or disabled a stream may be in the tables but not yet in the journal.
   */
  public synchronized void reconcile(Collection<? extends TableMeta> tables) {
    Set<String> names = new HashSet<>();
    for (TableMeta meta : tables) {
      names.add(meta.name());
      define(meta);
    }
    for (String table : List.copyOf(openByTable.keySet())) {
      if (!names.contains(table)) {
        close(table);
      }
    }
  }

  @Override
  public synchronized void onCommit(Commit commit) {
    for (SchemaChange change : commit.schemaChanges()) {
      if (change instanceof SchemaChange.CreateTable c) {
        define(c.meta());
      } else if (change instanceof SchemaChange.Redefine r) {
        define(r.meta());
      } else if (change instanceof SchemaChange.DeleteTable d) {
        close(d.tableName());
      }
    }
    List<ItemChange> items = commit.items();
    Instant horizon = null;
    for (int i = 0; i < items.size(); i++) {
      ItemChange change = items.get(i);
      TableStream stream = openByTable.get(change.table().name());
      if (stream != null && changed(change)) {
        ChangeRecord record = record(stream, change, commit.expiry());
        stream.append(record);
        journal.append(new StreamEvent.Recorded(stream.arn, record),
            record.approximateCreationDateTime().minus(RETENTION));
        if (horizon == null) {
          horizon = record.approximateCreationDateTime().minus(RETENTION);
          stream.trim(horizon);
        }
      }
    }
  }

  private static boolean changed(ItemChange change) {
    StoredItem before = change.oldImage();
    StoredItem after = change.newImage();
    if (before == null || after == null) {
      return before != after;
    }
    return before != after && !before.attributes().equals(after.attributes());
  }

  private ChangeRecord record(TableStream stream, ItemChange change, boolean expiry) {
    StoredItem before = change.oldImage();
    StoredItem after = change.newImage();
    OperationType type = before == null ? OperationType.INSERT
        : after == null ? OperationType.REMOVE : OperationType.MODIFY;
    Map<String, AttributeValue> keys =
        change.table().key().keyOf((after != null ? after : before).attributes());
    StreamViewType view = stream.viewType;
    Map<String, AttributeValue> oldImage = keeps(view, true) && before != null ? before.attributes() : null;
    Map<String, AttributeValue> newImage = keeps(view, false) && after != null ? after.attributes() : null;
    long size = ItemSize.of(keys) + (oldImage == null ? 0 : before.sizeInBytes())
        + (newImage == null ? 0 : after.sizeInBytes());
    // DynamoDB rounds the creation time down to the second
    Instant created = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    return new ChangeRecord(++lastSequence, type, keys, oldImage, newImage, created, size, view, expiry);
  }

  private static boolean keeps(StreamViewType view, boolean oldImage) {
    return view == StreamViewType.NEW_AND_OLD_IMAGES
        || view == (oldImage ? StreamViewType.OLD_IMAGE : StreamViewType.NEW_IMAGE);
  }

  /** Opens or closes the table's stream to match its definition. */
  private void define(TableMeta meta) {
    TableStream open = openByTable.get(meta.name());
    String arn = meta.streamEnabled() ? meta.streamArn() : null;
    if (open != null && open.arn.equals(arn)) {
      return;
    }
    close(meta.name());
    if (arn != null) {
      Instant created = LocalDateTime.parse(meta.streamLabel()).toInstant(ZoneOffset.UTC);
      TableStream stream = new TableStream(arn, meta.streamLabel(), meta.name(),
          meta.key().toSchema(), meta.stream().streamViewType(), created, lastSequence + 1);
      byArn.put(arn, stream);
      openByTable.put(meta.name(), stream);
      journal.append(new StreamEvent.Opened(arn, stream.label, stream.tableName, stream.keySchema,
          stream.viewType, created, stream.startingSequence), created.minus(RETENTION));
    }
    idle = openByTable.isEmpty();
  }

  private void close(String tableName) {
    TableStream open = openByTable.remove(tableName);
    if (open != null) {
      Instant now = clock.instant();
      open.close(now, lastSequence);
      journal.append(new StreamEvent.Closed(open.arn, now, lastSequence), now.minus(RETENTION));
    }
    idle = openByTable.isEmpty();
  }

  /** Every stream still kept, in creation order, trimmed to the retention period. */
  synchronized List<TableStream> streams() {
    expire();
    return new ArrayList<>(byArn.values());
  }

  /** The stream with that ARN, trimmed to the retention period, or null. */
  synchronized TableStream find(String arn) {
    expire();
    return byArn.get(arn);
  }

  /** The table's open stream, or null. */
  synchronized TableStream openStream(String tableName) {
    expire();
    return openByTable.get(tableName);
  }

  /** Up to {@code limit} records of a stream from {@code position} on (a snapshot). */
  synchronized List<ChangeRecord> read(TableStream stream, long position, int limit) {
    return stream.read(position, limit);
  }

  /** The sequence number the next record will get. */
  synchronized long nextSequence() {
    return lastSequence + 1;
  }

  /** Trims records past retention and forgets streams closed longer ago than that. */
  private void expire() {
    Instant horizon = clock.instant().minus(RETENTION);
    byArn.values().removeIf(s -> !s.open() && s.closedAt().isBefore(horizon));
    for (TableStream s : byArn.values()) {
      s.trim(horizon);
    }
  }

  Clock clock() {
    return clock;
  }
}
