package dev.keyway.samples.shop;

import static dev.keyway.samples.shop.ShopFixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import dev.keyway.junit.KeywayTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@KeywayTest(tables = Shop.class)
class OrderQueriesTest {
  private ShopFixture f;
  private OrderQueries q;

  @BeforeEach
  void seed(Shop shop) {
    f = new ShopFixture(shop);
    q = f.shop.orderQueries();
    // out of date order on purpose
    f.place("ann", "o-3", "2024-03-01", line("KB-01", 1));
    f.place("ann", "o-1", "2024-01-15", line("KB-01", 1));
    f.place("ann", "o-4", "2024-03-01", line("MN-03", 1));
    f.place("ann", "o-2", "2024-02-10", line("MS-02", 1));
    f.place("bob", "o-9", "2024-02-20", line("KB-01", 2), line("MS-02", 1));
  }

  private static List<String> ids(List<Order> orders) {
    return orders.stream().map(Order::orderId).toList();
  }

  @Test
  void ordersOfPagesThroughACustomersOrdersByDate() {
    List<String> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(3);
    int pages = 0;
    while (request != null) {
      Page<Order> page = q.ordersOf("ann", request);
      seen.addAll(ids(page.items()));
      request = page.nextRequest(request).orElse(null);
      pages++;
    }
    assertEquals(List.of("o-1", "o-2", "o-3", "o-4"), seen);
    assertEquals(2, pages);
  }

  @Test
  void ordersOfDescendingStartsWithTheNewest() {
    assertEquals(List.of("o-4", "o-3"), ids(q.ordersOf("ann", PageRequest.first(2).descending()).items()));
  }

  @Test
  void ordersBetweenIncludesBothDates() {
    assertEquals(List.of("o-2", "o-3", "o-4"),
        ids(q.ordersBetween("ann", LocalDate.parse("2024-02-10"), LocalDate.parse("2024-03-01"))));
    assertEquals(List.of(), ids(q.ordersBetween("ann", LocalDate.parse("2024-03-02"), LocalDate.parse("2024-12-31"))));
  }

  @Test
  void ordersOnOneDay() {
    try (Stream<Order> s = q.ordersOn("ann", LocalDate.parse("2024-03-01"))) {
      assertEquals(List.of("o-3", "o-4"), ids(s.toList()));
    }
  }

  @Test
  void orderByItsFullKey() {
    Order o = q.order("bob", LocalDate.parse("2024-02-20"), "o-9").orElseThrow();
    assertEquals(2, o.lines().size());
    assertEquals(0, o.total().compareTo(java.math.BigDecimal.valueOf(3)));
    assertFalse(q.order("bob", LocalDate.parse("2024-02-21"), "o-9").isPresent());
  }

  @Test
  void byStatusFollowsStatusChangesThroughTheIndex() {
    assertEquals(List.of("o-1", "o-2", "o-9", "o-3", "o-4"),
        ids(q.byStatus(OrderStatus.PLACED, PageRequest.firstPage()).items()));
    Order o2 = q.order("ann", LocalDate.parse("2024-02-10"), "o-2").orElseThrow();
    f.service.advance(o2, OrderStatus.PLACED, OrderStatus.PAID);
    assertEquals(List.of("o-2"), ids(q.byStatus(OrderStatus.PAID, PageRequest.firstPage()).items()));
    assertFalse(ids(q.byStatus(OrderStatus.PLACED, PageRequest.firstPage()).items()).contains("o-2"));
    assertTrue(q.byStatus(OrderStatus.SHIPPED, PageRequest.firstPage()).items().isEmpty());
  }

  @Test
  void countOrdersLeavesOutTheProfile() {
    assertEquals(4, q.countOrders("ann"));
    assertEquals(1, q.countOrders("bob"));
    assertEquals(0, q.countOrders("nobody"));
  }
}
