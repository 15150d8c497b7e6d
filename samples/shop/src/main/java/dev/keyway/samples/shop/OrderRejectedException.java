package dev.keyway.samples.shop;

/** An order the shop refused; nothing of it was written. */
public final class OrderRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  public OrderRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
