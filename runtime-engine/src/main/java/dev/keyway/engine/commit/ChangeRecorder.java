package dev.keyway.engine.commit;

import java.util.List;

/**
 * Sees every applied change without numbering commits, so it costs writes no shared lock: the
 * committer calls it right after applying, still holding the change's locks (an item's stripe
 * lock, a table's exclusive schema lock), so the changes of any one item arrive in the order
 * they were applied. Point-in-time recovery keeps its history through one.
 */
public interface ChangeRecorder {
  ChangeRecorder NONE = new ChangeRecorder() {
    @Override
    public void item(ItemChange change) {}

    @Override
    public void commit(List<ItemChange> items, List<SchemaChange> schema, long millis) {}
  };

  /** One applied item change (a single-item write nothing else observes); times it itself. */
  void item(ItemChange change);

  /**
   * The changes of one applied commit, made at {@code millis} (epoch milliseconds by the engine's
   * clock; a durable engine logs it, and recovery replays commits through here with it).
   */
  void commit(List<ItemChange> items, List<SchemaChange> schema, long millis);
}
