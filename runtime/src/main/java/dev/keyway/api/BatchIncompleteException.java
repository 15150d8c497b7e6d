package dev.keyway.api;

/** A batch still had unprocessed keys or items after every retry (or the retry wait was interrupted). */
public final class BatchIncompleteException extends RuntimeException {
  private final int remaining;

  public BatchIncompleteException(int remaining, int attempts) {
    super(remaining + " keys or items of a batch were still unprocessed after " + attempts
        + " attempts; retry later or lower the request rate");
    this.remaining = remaining;
  }

  /** How many keys or items of the failing chunk were not processed. */
  public int remaining() {
    return remaining;
  }
}
