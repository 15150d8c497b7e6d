package dev.keyway.codec;

/** A value cannot be written into a key template (it would produce a wrong or forged key). */
public final class KeyEncodingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public KeyEncodingException(String message) {
    super(message);
  }
}
