package dev.keyway.samples.notes;

/** A request the service refuses; the message is shown to the client (HTTP 400). */
public final class InvalidRequestException extends RuntimeException {
  public InvalidRequestException(String message) {
    super(message);
  }
}
