package dev.keyway.processor.extract;

/** A type is not (yet) known; the element is retried in the next round. */
public final class DeferralException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DeferralException(String typeName) {
    super(typeName, null, false, false);
  }

  public String typeName() {
    return getMessage();
  }
}
