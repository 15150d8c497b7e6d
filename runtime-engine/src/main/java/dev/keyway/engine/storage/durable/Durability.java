package dev.keyway.engine.storage.durable;

/**
 * When a write is acknowledged relative to the disk. Every mode writes the commit's log record to
 * the operating system before the operation returns; they differ in when it is forced to the
 * storage device (fsync).
 */
public enum Durability {
  /**
   * The record is forced to the device before the operation returns, one fsync per commit, while
   * the committer holds its sequencer (commits are forced one at a time). An acknowledged write
   * survives a process crash and a power loss or kernel crash.
   */
  SYNC,
  /**
   * Group commit: the operation waits, outside the committer's sequencer, until a background
   * flusher has forced the log past its record; the flusher waits up to the group window for more
   * commits so that one fsync covers all of them. An acknowledged write survives a process crash
   * and a power loss; each write's latency grows by up to the window plus one fsync.
   */
  GROUP,
  /**
   * No fsync: the record is handed to the operating system before the operation returns, and
   * reaches the device when the OS writes it back (or at a checkpoint or close). An acknowledged
   * write survives a crash of the process (kill -9, an OutOfMemoryError) but not a power loss or
   * a kernel crash, after which recent writes may be lost (never half a commit).
   */
  NONE
}
