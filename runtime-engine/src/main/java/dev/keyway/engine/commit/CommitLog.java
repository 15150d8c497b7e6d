package dev.keyway.engine.commit;

/**
 * Where a commit is recorded before it is applied: the hook a write-ahead log plugs into. Memory
 * storage logs nothing. Called in sequence order, under the committer's sequencer and the locks of
 * everything the commit changes; when {@code append} throws, nothing is applied.
 */
@FunctionalInterface
public interface CommitLog {
  /** Logs nothing: what in-memory storage uses. */
  CommitLog NONE = commit -> {};

  void append(Commit commit);

  /**
   * Returns once the commit numbered {@code sequence}, already appended, is as durable as the log
   * promises (a group commit's fsync, for example). Called after the sequencer is released and
   * before the operation returns, so committers wait for the disk in parallel. Returns at once by
   * default.
   */
  default void awaitDurable(long sequence) {}
}
