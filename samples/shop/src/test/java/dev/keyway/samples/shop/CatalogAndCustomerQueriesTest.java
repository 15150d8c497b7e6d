package dev.keyway.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.junit.KeywayTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@KeywayTest(tables = Shop.class)
class CatalogAndCustomerQueriesTest {
  private ShopFixture f;

  @BeforeEach
  void seed(Shop shop) {
    f = new ShopFixture(shop);
  }

  @Test
  void productsInACategoryByName() {
    List<Product> found = f.shop.catalogQueries().productsIn("peripherals");
    assertEquals(List.of("Keyboard", "Mouse"), found.stream().map(Product::name).toList());
    assertTrue(f.shop.catalogQueries().productsIn("garden").isEmpty());
  }

  @Test
  void productBySku() {
    Product kb = f.shop.catalogQueries().product("KB-01").orElseThrow();
    assertEquals(10, kb.stock());
    assertEquals(Set.of("usb"), kb.tags());
    assertTrue(f.shop.catalogQueries().product("XX-99").isEmpty());
  }

  @Test
  void customerProfileIsNotConfusedWithOrders() {
    f.place("ann", "o-1", "2024-01-01", ShopFixture.line("KB-01", 1));
    Customer ann = f.shop.customerQueries().customer("ann").orElseThrow();
    assertEquals("ann@example.com", ann.email());
    assertTrue(f.shop.customerQueries().customer("zed").isEmpty());
  }
}
