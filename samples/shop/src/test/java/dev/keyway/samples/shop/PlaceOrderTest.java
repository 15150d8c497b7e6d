package dev.keyway.samples.shop;

import static dev.keyway.samples.shop.ShopFixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.TransactionCanceledException;
import dev.keyway.junit.KeywayTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order transaction: order put + stock decrements + customer check, all or nothing. */
@KeywayTest(tables = Shop.class)
class PlaceOrderTest {
  private final LocalDate day = LocalDate.parse("2024-05-01");
  private ShopFixture f;

  @BeforeEach
  void seed(Shop shop) {
    f = new ShopFixture(shop);
  }

  @Test
  void placingAnOrderWritesItAndDecrementsStock() throws Exception {
    Order o = f.service.placeOrder("ann", "o-1", day, List.of(line("KB-01", 3), line("MS-02", 2)));
    assertEquals(1, o.version());
    assertEquals(OrderStatus.PLACED, o.status());
    assertEquals(7, f.stock("KB-01"));
    assertEquals(0, f.stock("MS-02"));
    assertEquals(1, f.shop.orderQueries().countOrders("ann"));
  }

  @Test
  void notEnoughStockRollsBackEverything() {
    OrderRejectedException e = assertThrows(OrderRejectedException.class,
        () -> f.service.placeOrder("ann", "o-1", day, List.of(line("KB-01", 3), line("MS-02", 3))));
    assertTrue(e.getMessage().contains("not enough stock of MS-02"), e.getMessage());
    TransactionCanceledException cause = assertInstanceOf(TransactionCanceledException.class, e.getCause());
    assertEquals(List.of("None", "None", "ConditionalCheckFailed", "None"),
        cause.reasons().stream().map(r -> r.code()).toList());
    assertEquals(10, f.stock("KB-01"), "the keyboard decrement was rolled back");
    assertEquals(2, f.stock("MS-02"));
    assertEquals(0, f.shop.orderQueries().countOrders("ann"), "the order was not written");
  }

  @Test
  void unknownCustomerRollsBackEverything() {
    OrderRejectedException e = assertThrows(OrderRejectedException.class,
        () -> f.service.placeOrder("zed", "o-1", day, List.of(line("KB-01", 1))));
    assertTrue(e.getMessage().contains("no customer zed"), e.getMessage());
    assertEquals(10, f.stock("KB-01"));
    assertEquals(0, f.shop.orderQueries().countOrders("zed"));
  }

  @Test
  void unknownProductRollsBackEverything() {
    assertThrows(OrderRejectedException.class,
        () -> f.service.placeOrder("ann", "o-1", day, List.of(line("KB-01", 1), line("XX-99", 1))));
    assertEquals(10, f.stock("KB-01"));
    assertTrue(f.shop.products().get("XX-99").isEmpty(), "the update did not create the product");
  }

  @Test
  void anOrderIdCannotBePlacedTwice() throws Exception {
    f.service.placeOrder("ann", "o-1", day, List.of(line("KB-01", 1)));
    OrderRejectedException e = assertThrows(OrderRejectedException.class,
        () -> f.service.placeOrder("ann", "o-1", day, List.of(line("KB-01", 1))));
    assertTrue(e.getMessage().contains("exists already"), e.getMessage());
    assertEquals(9, f.stock("KB-01"));
  }

  @Test
  void advancingFromAStaleStatusFails() throws Exception {
    Order o = f.service.placeOrder("ann", "o-1", day, List.of(line("KB-01", 1)));
    Order paid = f.service.advance(o, OrderStatus.PLACED, OrderStatus.PAID);
    assertEquals(OrderStatus.PAID, paid.status());
    assertEquals(2, paid.version());
    assertThrows(ConditionalCheckFailedException.class,
        () -> f.service.advance(o, OrderStatus.PLACED, OrderStatus.CANCELLED));
    assertEquals(OrderStatus.PAID, f.shop.orders().get(OrderKeys.of(o)).orElseThrow().status());
  }

  @Test
  void malformedOrdersAreRefusedBeforeAnyWrite() {
    List<List<OrderLine>> malformed = List.of(List.of(), List.of(line("KB-01", 1), line("KB-01", 2)),
        List.of(line("KB-01", 0)), IntStream.rangeClosed(1, ShopService.MAX_LINES + 1)
            .mapToObj(i -> line("SKU-" + i, 1)).toList());
    for (List<OrderLine> lines : malformed) {
      assertThrows(IllegalArgumentException.class, () -> f.service.placeOrder("ann", "o-1", day, lines),
          lines.size() + " lines");
    }
    assertEquals(10, f.stock("KB-01"));
    assertEquals(0, f.shop.orderQueries().countOrders("ann"));
  }

  @Test
  void theLargestOrderFitsInOneTransaction() throws Exception {
    List<OrderLine> lines = IntStream.rangeClosed(1, ShopService.MAX_LINES).mapToObj(i -> line("SKU-" + i, 1))
        .toList();
    f.shop.products().batchPut(lines.stream()
        .map(l -> new Product(l.sku(), l.sku(), "bulk", BigDecimal.ONE, 1, null)).toList());
    Order o = f.service.placeOrder("ann", "o-big", day, lines);
    assertEquals(ShopService.MAX_LINES, o.lines().size());
    assertEquals(0, f.stock("SKU-" + ShopService.MAX_LINES));
  }
}
