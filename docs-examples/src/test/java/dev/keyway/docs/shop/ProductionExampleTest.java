package dev.keyway.docs.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.engine.Engine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ProductionExampleTest {
  @Test
  void readsFromManyThreads() throws Exception {
    Shop shop = Shop.connect(Engine.inMemory());
    shop.createTableIfAbsent();
    shop.customers().put(new Customer("ann", "ann@example.com", "Ann", Instant.EPOCH));
    List<Optional<Customer>> read = new ArrayList<>();
    for (Future<Optional<Customer>> future : ProductionExample.readAll(shop, List.of("ann", "bob"))) {
      read.add(future.get());
    }
    assertEquals(List.of(true, false), read.stream().map(Optional::isPresent).toList());
  }
}
