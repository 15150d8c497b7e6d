package dev.keyway.engine.storage;

import static dev.keyway.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.ops.PutItemRequest;
import org.junit.jupiter.api.Test;

/** 100k items of ~300 bytes must fit comfortably in 150 MB of heap (measured, not timed). */
class MemoryFootprintTest {

  private static long usedHeap() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  @Test
  void hundredThousandItems() throws Exception {
    long before = usedHeap();
    Engine engine = Engine.inMemory();
    engine.createTable(withIndexes("Mem"));
    for (int i = 0; i < 100_000; i++) {
      engine.putItem(PutItemRequest.builder().tableName("Mem").item(item(
          "PK", "USER#" + (i / 20), "SK", "ORDER#2024-01-01#" + i,
          "GSI1PK", "STATUS#" + (i % 5), "GSI1SK", "2024-01-01#" + i,
          "total", i * 3, "email", "user" + i + "@example.com",
          "name", "Customer number " + i, "note", "x".repeat(150))).build());
    }
    long used = usedHeap() - before;
    System.out.println("heap used by 100k items: " + used / (1024 * 1024) + " MB");
    assertThat(used).isLessThan(150L * 1024 * 1024);
    assertThat(engine).isNotNull();
  }
}
