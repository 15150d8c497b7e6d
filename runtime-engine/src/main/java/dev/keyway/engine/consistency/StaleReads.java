package dev.keyway.engine.consistency;

import dev.keyway.engine.commit.Commit;
import dev.keyway.engine.commit.CommitListener;
import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.index.IndexData;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.ItemRef;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Eventually consistent reads that may lag behind, as DynamoDB allows: remembers each item's
 * recent changes (a commit listener), and answers an eventually consistent read with the data as
 * it was a random lag ago (uniform from zero to {@code maxLag}, drawn from a seeded generator so
 * runs repeat). A GetItem draws a lag per item read, a Query or Scan one per page, so a page is
 * one consistent picture. Strongly consistent reads always see the latest write. Changes older
 * than {@code maxLag} are forgotten.
 */
public final class StaleReads implements CommitListener {
  /** A change of one item: when it was applied and the item before it (null: absent). */
  private record Version(Instant applied, StoredItem before) {}

  private final Clock clock;
  private final long maxLagNanos;
  private final Random random;
  /** By table id (a re-created table starts afresh), then by item key. */
  private final Map<String, Map<EntryKey, Deque<Version>>> recent = new ConcurrentHashMap<>();
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
      Deque<Version> versions = recent
          .computeIfAbsent(c.table().meta().id(), t -> new ConcurrentHashMap<>())
          .computeIfAbsent(c.key(), k -> new ArrayDeque<>());
      synchronized (versions) {
        versions.addLast(new Version(now, c.oldImage()));
        forgetOld(versions, now);
      }
    }
    if (++commitsSinceSweep >= 4096) { // listeners run one commit at a time
      commitsSinceSweep = 0;
      for (Map<EntryKey, Deque<Version>> items : recent.values()) {
        items.values().removeIf(v -> {
          synchronized (v) {
            forgetOld(v, now);
            return v.isEmpty();
          }
        });
      }
      recent.values().removeIf(Map::isEmpty);
    }
  }

  /**
   * The item an eventually consistent read sees: {@code latest} unless the item changed within
   * the lag drawn for this read, then the item as it was before the first such change.
   */
  public StoredItem read(Table table, EntryKey key, StoredItem latest) {
    Deque<Version> versions = recent.getOrDefault(table.meta().id(), Map.of()).get(key);
    return versions == null ? latest : asOf(versions, seenAt(), latest);
  }

  /**
   * What one eventually consistent page of a Query or Scan reads: the table's items (or an
   * index's entries) and items by key, as they were one lag ago. Costs a copy of the table or
   * index when any of its items changed within the lag, nothing otherwise.
   */
  public ReadView view(Table table, IndexData index) {
    Map<EntryKey, Deque<Version>> changed = recent.get(table.meta().id());
    Instant seen = seenAt();
    Map<EntryKey, StoredItem> past = new HashMap<>(); // table key -> item as seen (null: absent)
    if (changed != null) {
      changed.forEach((key, versions) -> {
        StoredItem latest = table.get(key);
        StoredItem then = asOf(versions, seen, latest);
        if (then != latest) {
          past.put(key, then);
        }
      });
    }
    if (past.isEmpty()) {
      return ReadView.live(table, index);
    }
    TreeMap<EntryKey, ItemRef> entries = new TreeMap<>(ReadView.live(table, index).entries());
    past.forEach((key, then) -> {
      StoredItem latest = table.get(key);
      if (index == null) {
        entries.remove(key);
        if (then != null) {
          entries.put(key, then);
        }
        return;
      }
      EntryKey now = latest == null ? null : index.entryKey(latest.attributes());
      if (now != null) {
        entries.remove(now);
      }
      EntryKey before = then == null ? null : index.entryKey(then.attributes());
      if (before != null) {
        entries.put(before, index.spec().project(then, table.key()));
      }
    });
    return ReadView.of(entries,
        key -> past.containsKey(key) ? past.get(key) : table.get(key));
  }

  private Instant seenAt() {
    long lag;
    synchronized (random) {
      lag = maxLagNanos == 0 ? 0 : (long) (random.nextDouble() * (maxLagNanos + 1));
    }
    return clock.instant().minusNanos(lag);
  }

  /** The item as it was at {@code seen}: before its first change after then, else the latest. */
  private static StoredItem asOf(Deque<Version> versions, Instant seen, StoredItem latest) {
    synchronized (versions) {
      for (Version v : versions) {
        if (v.applied().isAfter(seen)) {
          return v.before();
        }
      }
    }
    return latest;
  }

  private void forgetOld(Deque<Version> versions, Instant now) {
    Instant horizon = now.minusNanos(maxLagNanos);
    while (!versions.isEmpty() && versions.peekFirst().applied().isBefore(horizon)) {
      versions.removeFirst();
    }
  }
}
