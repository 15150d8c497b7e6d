package dev.keyway.samples.shop;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Two customers (registered, so their email addresses are reserved) and three products in an empty shop. */
final class ShopFixture {
  final Shop shop;
  final ShopService service;
  final CustomerAccounts accounts;

  ShopFixture(Shop shop) {
    this.shop = shop;
    this.service = new ShopService(shop);
    this.accounts = new CustomerAccounts(shop);
    register(new Customer("ann", "ann@example.com", "Ann", Instant.parse("2023-01-01T00:00:00Z")));
    register(new Customer("bob", "bob@example.com", "Bob", Instant.parse("2023-06-01T00:00:00Z")));
    shop.products().put(new Product("KB-01", "Keyboard", "peripherals", new BigDecimal("49.90"), 10, Set.of("usb")));
    shop.products().put(new Product("MS-02", "Mouse", "peripherals", new BigDecimal("19.90"), 2, null));
    shop.products().put(new Product("MN-03", "Monitor", "displays", new BigDecimal("229"), 5, null));
  }

  Order place(String customer, String orderId, String date, OrderLine... lines) {
    try {
      return service.placeOrder(customer, orderId, LocalDate.parse(date), List.of(lines));
    } catch (OrderRejectedException e) {
      throw new AssertionError(e);
    }
  }

  private void register(Customer customer) {
    try {
      accounts.register(customer);
    } catch (CustomerRejectedException e) {
      throw new AssertionError(e);
    }
  }

  static OrderLine line(String sku, int quantity) {
    return new OrderLine(sku, quantity, BigDecimal.ONE);
  }

  long stock(String sku) {
    return shop.products().get(sku).orElseThrow().stock();
  }
}
