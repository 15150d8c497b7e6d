package dev.keyway.docs.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import dev.keyway.engine.Engine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README.md's tour: connect, create the table, write, query, update and transact. */
class ReadmeExampleTest {
  @Test
  void theTourRuns() {
    List<OrderLine> lines = List.of(new OrderLine("KB-01", 1, new BigDecimal("49.90")));
    // snippet:start tour
    Shop shop = Shop.connect(Engine.inMemory());     // or Engine.open(Path.of("data")): on disk, survives restarts
    shop.createTableIfAbsent();                      // key schema and GSI1 from the annotations
    shop.customers().put(new Customer("ann", "ann@example.com", "Ann", Instant.now()));
    shop.products().put(new Product("KB-01", "Keyboard", new BigDecimal("49.90"), 10));
    Order order = shop.orders().put(Order.place("ann", "o-1", LocalDate.now(), lines));
    Page<Order> recent = shop.orderQueries().ordersOf("ann", PageRequest.first(10).descending());
    Order paid = shop.orders().update(order, u -> u          // starts from the entity read: its @Version is checked;
        .setStatus(OrderStatus.PAID)                          // key fields have no setter; GSI1PK/GSI1SK rewritten in the same request
        .when(OrderFields.STATUS.eq(OrderStatus.PLACED)));
    shop.transact(tx -> tx.put(Order.place("ann", "o-2", LocalDate.now(), lines))   // all or nothing
        .update(ProductUpdate.of("KB-01").add(ProductFields.STOCK, -1).when(ProductFields.STOCK.ge(1)))
        .check(CustomerKeys.of("ann"), CustomerFields.EMAIL.exists()));
    // snippet:end tour

    assertEquals(List.of(order), recent.items());
    assertEquals(OrderStatus.PAID, paid.status());
    assertEquals(List.of(paid), shop.orderQueries().byStatus(OrderStatus.PAID, PageRequest.first(10)).items());
    assertEquals(9, shop.products().get(ProductKeys.of("KB-01")).orElseThrow().stock());
    assertEquals(2, shop.orderQueries().ordersBetween("ann", LocalDate.now(), LocalDate.now()).size());
  }
}
