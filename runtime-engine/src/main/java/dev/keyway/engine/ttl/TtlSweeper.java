package dev.keyway.engine.ttl;

import dev.keyway.engine.commit.Commit;
import dev.keyway.engine.commit.CommitListener;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.SchemaChange;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.ItemRef;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.DynamoNumber;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Time to live: deletes items whose TTL attribute (a number of epoch seconds) is in the past by
 * the engine's clock, as the service does, through the committer, so each deletion is a commit that
 * streams attribute to the service. Items not swept yet stay readable; a TTL attribute that is not
 * a number, or is more than five years in the past, is ignored (as DynamoDB does).
 *
 * <p>Sweeps run every {@code interval} on one daemon thread shared by all engines, only while some
 * table has TTL enabled (this listener sees UpdateTimeToLive's commits); {@link #sweep()} runs one
 * at once, which is how tests with a settable clock expire items without waiting.
 */
public final class TtlSweeper implements CommitListener, AutoCloseable {
  private static final long FIVE_YEARS_SECONDS = Duration.ofDays(5 * 365).toSeconds();
  private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "keyway-ttl-sweeper");
    t.setDaemon(true);
    return t;
  });

  private final Catalog catalog;
  private final Clock clock;
  private final Duration interval;
  private volatile Committer committer; // set once by start
  private ScheduledFuture<?> scheduled; // guarded by this
  private boolean closed; // guarded by this

  /** {@code interval}: time between background sweeps; zero for none (only {@link #sweep()}). */
  public TtlSweeper(Catalog catalog, Clock clock, Duration interval) {
    this.catalog = catalog;
    this.clock = clock;
    this.interval = interval;
  }

  /**
   * Starts sweeping through {@code committer} (built after this listener, which it calls), in the
   * background if a table (recovered from disk, say) already has TTL enabled.
   */
  public void start(Committer committer) {
    this.committer = committer;
    reschedule();
  }

  /** Only TTL settings matter here; item writes need no numbering for this listener. */
  @Override
  public boolean idle() {
    return true;
  }

  @Override
  public void onCommit(Commit commit) {
    for (SchemaChange change : commit.schemaChanges()) {
      if (change instanceof SchemaChange.TimeToLive || change instanceof SchemaChange.DeleteTable) {
        reschedule();
        return;
      }
    }
  }

  /** Starts or stops background sweeps as tables have TTL enabled or not. */
  private synchronized void reschedule() {
    boolean wanted = committer != null && !closed && !interval.isZero() && anyTtl();
    if (wanted && scheduled == null) {
      long millis = interval.toMillis();
      scheduled = SCHEDULER.scheduleWithFixedDelay(this::sweepQuietly, millis, millis, TimeUnit.MILLISECONDS);
    } else if (!wanted && scheduled != null) {
      scheduled.cancel(false);
      scheduled = null;
    }
  }

  private boolean anyTtl() {
    for (Table table : catalog.byName().values()) {
      if (table.ttlAttribute() != null) {
        return true;
      }
    }
    return false;
  }

  private void sweepQuietly() {
    try {
      sweep();
    } catch (RuntimeException e) {
      // a table dropped or changed mid-sweep; the next sweep sees the new state
    }
  }

  /** Deletes every item expired now; returns how many were deleted. */
  public int sweep() {
    Committer committer = this.committer;
    if (committer == null) {
      throw new IllegalStateException("not started");
    }
    long now = clock.instant().getEpochSecond();
    int deleted = 0;
    for (Table table : List.copyOf(catalog.byName().values())) {
      String attribute = table.ttlAttribute();
      if (attribute == null) {
        continue;
      }
      List<StoredItem> expired = new ArrayList<>();
      for (ItemRef ref : table.items().values()) {
        if (expired(ref.item(), attribute, now)) {
          expired.add(ref.item());
        }
      }
      for (StoredItem item : expired) {
        if (catalog.find(table.name()) != table) {
          break; // dropped or replaced meanwhile
        }
        Map<String, AttributeValue> attributes = item.attributes();
        var change = committer.expire(table, table.key().entryKey(attributes),
            current -> current != null && expired(current, attribute, now) ? null : current);
        if (change.oldImage() != null && change.newImage() == null) {
          deleted++;
        }
      }
    }
    return deleted;
  }

  /** A number of epoch seconds in the past, and not more than five years in the past. */
  static boolean expired(StoredItem item, String attribute, long now) {
    if (!(item.attributes().get(attribute) instanceof AttributeValue.N n)) {
      return false;
    }
    DynamoNumber value = n.value();
    return value.compareTo(DynamoNumber.of(now)) < 0
        && value.compareTo(DynamoNumber.of(now - FIVE_YEARS_SECONDS)) >= 0;
  }

  @Override
  public synchronized void close() {
    closed = true;
    reschedule();
  }
}
