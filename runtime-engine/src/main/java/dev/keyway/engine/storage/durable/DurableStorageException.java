package dev.keyway.engine.storage.durable;

/**
 * A data directory that cannot be opened or written: in use by another opener, a corrupt log
 * record or snapshot (the message names the file and byte offset), or an I/O failure.
 */
public final class DurableStorageException extends RuntimeException {
  public DurableStorageException(String message) {
    super(message);
  }

  public DurableStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
