package dev.keyway.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.api.Page;
import dev.keyway.api.PageRequest;
import dev.keyway.junit.KeywayTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer collection: the profile and the orders of one customer, read by one Query. */
@KeywayTest(tables = Shop.class)
class CustomerCollectionTest {
  private ShopFixture f;

  @BeforeEach
  void seed(Shop shop) {
    f = new ShopFixture(shop);
  }

  @Test
  void profileWithOrdersInOneQuery() {
    f.place("ann", "o-2", "2024-02-01", ShopFixture.line("KB-01", 1));
    f.place("ann", "o-1", "2024-01-01", ShopFixture.line("MS-02", 1));
    f.place("bob", "o-3", "2024-01-15", ShopFixture.line("MN-03", 1));

    CustomerItemCollection ann = f.shop.customerQueries().customerWithOrders("ann");

    assertEquals("Ann", ann.customer().orElseThrow().name());
    assertEquals(List.of("o-1", "o-2"), ann.orders().stream().map(Order::orderId).toList());
  }

  @Test
  void aCustomerWithoutOrders() {
    CustomerItemCollection bob = f.shop.customerQueries().customerWithOrders("bob");
    assertEquals("bob@example.com", bob.customer().orElseThrow().email());
    assertTrue(bob.orders().isEmpty());
    assertTrue(f.shop.customerQueries().customerWithOrders("nobody").customer().isEmpty());
  }

  @Test
  void mixedItemsPageByPage() {
    f.place("ann", "o-1", "2024-01-01", ShopFixture.line("MS-02", 1));
    f.place("ann", "o-2", "2024-02-01", ShopFixture.line("KB-01", 1));

    List<String> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    Page<CustomerItem> page = f.shop.customerQueries().customerItems("ann", request);
    assertEquals(2, page.items().size());
    assertTrue(page.hasNext());
    while (true) {
      page.items().forEach(item -> seen.add(describe(item)));
      if (!page.hasNext()) {
        break;
      }
      request = page.nextRequest(request).orElseThrow();
      page = f.shop.customerQueries().customerItems("ann", request);
    }
    assertEquals(List.of("order o-1", "order o-2", "customer Ann"), seen);
    assertFalse(page.hasNext());
  }

  /** Over the sealed interface: with Java 21 an exhaustive switch, no default branch. */
  private static String describe(CustomerItem item) {
    if (item instanceof Customer c) {
      return "customer " + c.name();
    }
    return "order " + ((Order) item).orderId();
  }
}
