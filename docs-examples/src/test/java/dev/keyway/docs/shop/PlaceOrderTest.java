package dev.keyway.docs.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.api.PageRequest;
import dev.keyway.junit.KeywayTest;
import dev.keyway.spi.Backend;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

// snippet:start test
@KeywayTest(tables = Shop.class)            // Shop: the facade generated for ShopTable
class PlaceOrderTest {
  Shop shop;                                // set before each test

  @Test
  void placesAnOrder() {
    shop.customers().put(new Customer("u1", "ada@example.com", "Ada", Instant.now()));
    List<OrderLine> lines = List.of(new OrderLine("KB-01", 2, new BigDecimal("10")));
    shop.orders().put(Order.place("u1", "o-1", LocalDate.of(2026, 3, 1), lines));
    Order stored = shop.orderQueries().ordersOf("u1", PageRequest.first(10)).items().get(0);
    assertEquals(20, stored.total().intValueExact());
  }

  @Test
  void startsEmpty(Shop parameter, Backend backend) {   // parameters work too
    assertTrue(parameter.customers().scan().stream().findAny().isEmpty());
  }
}
// snippet:end test
