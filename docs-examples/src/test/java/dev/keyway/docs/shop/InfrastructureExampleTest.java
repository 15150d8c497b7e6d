package dev.keyway.docs.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.api.TableWait;
import dev.keyway.engine.Engine;
import dev.keyway.spi.Backend;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/infrastructure.md: creating the table, waiting for it and comparing it with the model. */
class InfrastructureExampleTest {
  @Test
  void createsWaitsAndVerifies() {
    Backend backend = Engine.inMemory();
    // snippet:start table-at-run-time
    Shop shop = Shop.connect(backend);
    shop.createTableIfAbsent();                                   // waits up to TableWait.standard(): 2 minutes
    shop.createTableIfAbsent(TableWait.upTo(Duration.ofMinutes(10), Duration.ofSeconds(5)));
    shop.verifyTable();                                           // compares, creates nothing
    List<String> differences = Shop.DEFINITION.differences(backend);
    // snippet:end table-at-run-time
    assertEquals(List.of(), differences);
    assertEquals(Duration.ofMinutes(2), TableWait.standard().bound());
  }
}
