package dev.keyway.engine.storage.durable;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a durable data directory.
 *
 * @param durability when a write is acknowledged relative to fsync (see {@link Durability})
 * @param groupWindow how long the GROUP flusher waits for more commits before one fsync; zero (the
 *     default) forces at once, and writes arriving during a force share the next one
 * @param checkpointBytes log bytes written since the last checkpoint that trigger the next one
 * @param encryption the key that encrypts the log, snapshots and streams.log (AES-GCM), or null for none
 */
public record DurableOptions(Durability durability, Duration groupWindow, long checkpointBytes,
    EncryptionKey encryption) {
  public DurableOptions(Durability durability, Duration groupWindow, long checkpointBytes) {
    this(durability, groupWindow, checkpointBytes, null);
  }

  public DurableOptions {
    Objects.requireNonNull(durability, "durability");
    Objects.requireNonNull(groupWindow, "groupWindow");
    if (groupWindow.isNegative()) {
      throw new IllegalArgumentException("groupWindow must not be negative: " + groupWindow);
    }
    if (checkpointBytes < 1) {
      throw new IllegalArgumentException("checkpointBytes must be positive: " + checkpointBytes);
    }
  }

  /**
   * GROUP durability with no window (a force starts as soon as a writer waits; writes that arrive
   * while it runs share the next one); a checkpoint every 64 MiB of log.
   */
  public static DurableOptions defaults() {
    return new DurableOptions(Durability.GROUP, Duration.ZERO, 64L << 20);
  }

  public DurableOptions withDurability(Durability mode) {
    return new DurableOptions(mode, groupWindow, checkpointBytes, encryption);
  }

  public DurableOptions withGroupWindow(Duration window) {
    return new DurableOptions(durability, window, checkpointBytes, encryption);
  }

  public DurableOptions withCheckpointBytes(long bytes) {
    return new DurableOptions(durability, groupWindow, bytes, encryption);
  }

  /**
   * Encrypts the log, snapshots and streams.log with {@code key} (AES-GCM, a fresh nonce per record); the
   * directory then opens only with the same key. See docs/durability.md.
   */
  public DurableOptions withEncryption(EncryptionKey key) {
    return new DurableOptions(durability, groupWindow, checkpointBytes, key);
  }
}
