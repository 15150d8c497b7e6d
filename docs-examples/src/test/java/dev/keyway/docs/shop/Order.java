package dev.keyway.docs.shop;

import dev.keyway.annotation.Entity;
import dev.keyway.annotation.IndexKey;
import dev.keyway.annotation.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

// snippet:start declaration
@Entity(table = ShopTable.class, pk = "CUSTOMER#{customerId}", sk = "ORDER#{orderDate}#{orderId}")
@IndexKey(index = "GSI1", pk = "STATUS#{status}", sk = "{orderDate}#{orderId}")
public record Order(String customerId, String orderId, LocalDate orderDate, OrderStatus status,
                    BigDecimal total, List<OrderLine> lines, @Version long version) {
  public static Order place(String customerId, String orderId, LocalDate orderDate, List<OrderLine> lines) {
    BigDecimal total = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Order(customerId, orderId, orderDate, OrderStatus.PLACED, total, lines, 0);   // not stored yet
  }
}
// snippet:end declaration
