package dev.keyway.docs.shop;

import java.math.BigDecimal;

/** One line of an order, stored as a map inside the order item. */
public record OrderLine(String sku, int quantity, BigDecimal unitPrice) {
  public BigDecimal amount() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
