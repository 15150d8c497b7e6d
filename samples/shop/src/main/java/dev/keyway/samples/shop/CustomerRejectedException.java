package dev.keyway.samples.shop;

/** A registration or email change the shop refused; nothing of it was written. */
public final class CustomerRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  public CustomerRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
