package dev.keyway.engine.replication;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The changes one replica still owes one other region, in commit order, each with the time (by
 * the writing engine's clock) it was committed. Kept while the link is down; a change leaves only
 * once the other region has applied it.
 */
final class Outbox {
  /** A change waiting to be delivered. */
  record Pending(ReplicatedChange change, long committedMillis) {}

  private static final int BATCH = 100;

  private final ArrayDeque<Pending> queue = new ArrayDeque<>();

  synchronized void add(Pending pending) {
    queue.addLast(pending);
  }

  /** Up to a batch of the oldest changes, left in place until {@link #remove}. */
  synchronized List<Pending> peek() {
    return queue.stream().limit(BATCH).toList();
  }

  /** Drops the {@code count} oldest changes, once delivered. */
  synchronized void remove(int count) {
    for (int i = 0; i < count; i++) {
      queue.removeFirst();
    }
  }

  /** The changes to one table waiting here, oldest first. */
  synchronized List<Pending> pendingFor(String table) {
    return queue.stream().filter(p -> p.change().table().equals(table)).toList();
  }

  synchronized int size() {
    return queue.size();
  }
}
