package dev.keyway.engine.cli;

/**
 * An import source that cannot be read as a whole (a missing or malformed manifest, a data file
 * that is missing or fails its checksum): the import stops before any table is created.
 */
public final class ImportSourceException extends RuntimeException {
  ImportSourceException(String message) {
    super(message);
  }
}
