package dev.keyway.samples.shop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.engine.Engine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShopAppTest {
  @Test
  void theSampleRunsEveryAccessPatternAndSucceeds() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ShopApp(Shop.connect(Engine.inMemory()), new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    String out = bytes.toString(StandardCharsets.UTF_8);
    for (String pattern : new String[] {"customer(", "ordersOf(", "ordersBetween(", "ordersOn(", "order(",
        "byStatus(", "countOrders", "productsIn(", "product(", "rejected",
        "customer dee not registered: email Ann@Example.com is taken by another customer",
        "dee registered with ann@example.com"}) {
      assertTrue(out.contains(pattern), pattern + " missing from:\n" + out);
    }
    assertTrue(out.contains("All access patterns returned what was expected."), out);
  }
}
