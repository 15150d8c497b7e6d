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
}
