package dev.keyway.docs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.api.PageRequest;
import dev.keyway.engine.Engine;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.PutItemRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/annotations.md: an evolved model reads old items; the access patterns run as commented. */
class AnnotationsExampleTest {
  private final Engine backend = Engine.inMemory();

  @Test
  void anOldItemReadsWithDefaultsAndAliases() {
    Notes notes = Notes.connect(backend);
    notes.createTableIfAbsent();
    backend.putItem(PutItemRequest.builder().tableName("Notebook").item(Map.of(
        "PK", AttributeValue.s("USER#u1"), "SK", AttributeValue.s("PROFILE"), "_type", AttributeValue.s("Profile"),
        "userId", AttributeValue.s("u1"), "name", AttributeValue.s("Ann"), "mail", AttributeValue.s("ann@old.example"),
        "updatedMillis", AttributeValue.n("0"), "version", AttributeValue.n("1"))).build());
    Profile old = notes.profiles().get("u1").orElseThrow();
    assertEquals(Tier.FREE, old.tier());
    assertEquals(0, old.visits());
    assertEquals("ann@old.example", old.email());
    Profile written = notes.profiles().put(old);
    assertTrue(written.updatedMillis() > 0);
    assertEquals(2, written.version());
  }

  @Test
  void theAccessPatternsReadWhatTheirCommentsSay() {
    Shop shop = Shop.connect(backend);
    shop.createTableIfAbsent();
    LocalDate march = LocalDate.of(2024, 3, 1);
    shop.orders().put(new Order("u1", march, "o1", Status.PAID, BigDecimal.ONE));
    shop.orders().put(new Order("u1", march, "o2", Status.PENDING, BigDecimal.TEN));
    shop.orders().put(new Order("u1", march.plusDays(1), "o3", Status.PAID, BigDecimal.TEN));
    OrderQueries queries = shop.orderQueries();
    assertEquals(3, queries.countOrders("u1"));
    assertEquals(List.of("o1", "o2"), ids(queries.ordersOfBetween("u1", march, march)));
    assertEquals(List.of("o3"), ids(queries.ordersAfter("u1", march)));
    assertEquals(List.of("o1", "o2", "o3"), ids(queries.ordersSince("u1", march)));
    assertEquals(List.of("o1"), ids(queries.sameDayBefore("u1", march, "o2")));
    assertEquals(List.of("o1", "o3"), ids(queries.byStatus(Status.PAID, PageRequest.first(10)).items()));
    assertEquals(Map.of("orderId", AttributeValue.s("o2"), "total", AttributeValue.n("10")),
        queries.totalsByStatus(Status.PENDING, PageRequest.first(10)).items().get(0).attributes());
  }

  private static List<String> ids(List<Order> orders) {
    return orders.stream().map(Order::orderId).toList();
  }
}
