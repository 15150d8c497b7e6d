package dev.keyway.engine.storage.durable;

/** A checksummed record whose contents do not decode: a format mismatch or a bug. */
final class MalformedRecordException extends RuntimeException {
  MalformedRecordException(String message) {
    super(message);
  }
}
