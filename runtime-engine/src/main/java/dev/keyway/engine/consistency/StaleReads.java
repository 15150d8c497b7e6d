package dev.keyway.engine.consistency;

import dev.keyway.engine.commit.Commit;
import dev.keyway.engine.commit.CommitListener;
import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Eventually consistent reads that may lag behind, as DynamoDB allows: remembers each item's
 * recent changes (a commit listener), and answers an eventually consistent read with the item as
 * it was a random lag ago (uniform from zero to {@code maxLag}, drawn from a seeded generator so
 * runs repeat). Strongly consistent reads always see the latest write. Changes older than
 * {@code maxLag} are forgotten.
 */
public final class StaleReads implements CommitListener {
  /** A change of one item: when it was applied and the item before it (null: absent). */
  private record Version(Instant applied, StoredItem before) {}

  /** One item of one table (by table id: a re-created table starts afresh). */
  private record ItemId(String tableId, EntryKey key) {}

  private final Clock clock;
  private final long maxLagNanos;
  private final Random random;
  private final Map<ItemId, Deque<Version>> recent = new ConcurrentHashMap<>();
  private long commitsSinceSweep;

  public StaleReads(Clock clock, Duration maxLag, long seed) {
    if (maxLag.isNegative()) {
      throw new IllegalArgumentException("maxLag must not be negative: " + maxLag);
    }
    this.clock = clock;
    this.maxLagNanos = maxLag.toNanos();
    this.random = new Random(seed);
  }

  @Override
  public void onCommit(Commit commit) {
    Instant now = clock.instant();
    for (ItemChange c : commit.items()) {
      Deque<Version> versions = recent.computeIfAbsent(
          new ItemId(c.table().meta().id(), c.key()), k -> new ArrayDeque<>());
      synchronized (versions) {
        versions.addLast(new Version(now, c.oldImage()));
        forgetOld(versions, now);
      }
    }
    if (++commitsSinceSweep >= 4096) { // listeners run one commit at a time
      commitsSinceSweep = 0;
      recent.values().removeIf(v -> {
        synchronized (v) {
          forgetOld(v, now);
          return v.isEmpty();
        }
      });
    }
  }

  /**
   * The item an eventually consistent read sees: {@code latest} unless the item changed within
   * the lag drawn for this read, then the item as it was before the first such change.
   */
  public StoredItem read(Table table, EntryKey key, StoredItem latest) {
    Deque<Version> versions = recent.get(new ItemId(table.meta().id(), key));
    if (versions == null) {
      return latest;
    }
    Instant seen = clock.instant().minusNanos(lag());
    synchronized (versions) {
      for (Iterator<Version> it = versions.iterator(); it.hasNext(); ) {
        Version v = it.next();
        if (v.applied().isAfter(seen)) {
          return v.before();
        }
      }
    }
    return latest;
  }

  private long lag() {
    synchronized (random) {
      return maxLagNanos == 0 ? 0 : (long) (random.nextDouble() * (maxLagNanos + 1));
    }
  }

  private void forgetOld(Deque<Version> versions, Instant now) {
    Instant horizon = now.minusNanos(maxLagNanos);
    while (!versions.isEmpty() && versions.peekFirst().applied().isBefore(horizon)) {
      versions.removeFirst();
    }
  }
}
