package dev.keyway.engine.commit;

/**
 * Sees every applied commit, in sequence order, synchronously: after the commit is applied and
 * before the operation that made it returns (so a caller that got a response knows its listeners
 * have seen the write). Commits are delivered one at a time under the committer's sequencer, so a
 * listener must be quick and must never write to the engine itself (hand the work to another
 * thread instead); an exception it throws reaches the operation's caller, although the commit
 * stays applied.
 */
@FunctionalInterface
public interface CommitListener {
  void onCommit(Commit commit);

  /**
   * Whether this listener ignores item changes for now (a stream log with no stream enabled), so
   * item writes need not be numbered for it. Checked before each item write; it may change only
   * in {@link #onCommit} of a schema change, which listeners always see.
   */
  default boolean idle() {
    return false;
  }
}
