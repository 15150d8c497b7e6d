package dev.keyway.samples.shop;

import dev.keyway.annotation.Entity;
import dev.keyway.annotation.IndexKey;
import dev.keyway.annotation.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order, stored in its customer's partition sorted by date ({@code ORDER#2024-03-01#o-1003}) and in
 * GSI1 under its status, so both "orders of a customer by date" and "orders by status" are one query.
 */
@Entity(table = ShopTable.class, pk = "CUSTOMER#{customerId}", sk = "ORDER#{orderDate}#{orderId}")
@IndexKey(index = "GSI1", pk = "STATUS#{status}", sk = "{orderDate}#{orderId}")
public record Order(String customerId, String orderId, LocalDate orderDate, OrderStatus status,
    BigDecimal total, List<OrderLine> lines, @Version long version) implements CustomerItem {

  /** A new order: status PLACED, total computed from the lines, not stored yet (version 0). */
  public static Order place(String customerId, String orderId, LocalDate orderDate, List<OrderLine> lines) {
    BigDecimal total = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Order(customerId, orderId, orderDate, OrderStatus.PLACED, total, List.copyOf(lines), 0);
  }
}
