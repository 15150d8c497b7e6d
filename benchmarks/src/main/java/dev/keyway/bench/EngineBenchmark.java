package dev.keyway.bench;

import dev.keyway.engine.Engine;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keyway's engine in process against DynamoDB Local embedded, in one run: PutItem, consistent
 * GetItem, a 20-item Query, a conditional UpdateItem, a 4-item TransactWriteItems and a 25-item
 * BatchWriteItem, on 1 and 2 threads, each on a table pre-loaded with {@code --items} items. Also
 * reports the engine's start-up time and the heap its items take.
 *
 * <p>Arguments: {@code --items N} (default 100000), {@code --warmup SECONDS} (default 3),
 * {@code --measure SECONDS} (default 5), {@code --threads 1,2}.
 */
public final class EngineBenchmark {
  private EngineBenchmark() {}

  public static void main(String[] args) throws Exception {
    long startNanos = System.nanoTime();
    Engine first = Engine.inMemory();
    KeywayWorkload startup = new KeywayWorkload("Keyway", first);
    startup.createTable();
    startup.putItem(0);
    double readyMillis = (System.nanoTime() - startNanos) / 1e6;
    startup.close();

    Map<String, String> options = Operations.options(args);
    int items = Integer.parseInt(options.getOrDefault("items", "100000"));
    long warmup = Long.parseLong(options.getOrDefault("warmup", "3")) * 1000;
    long measure = Long.parseLong(options.getOrDefault("measure", "5")) * 1000;
    int[] threadCounts =
        java.util.Arrays.stream(options.getOrDefault("threads", "1,2").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();

    System.out.printf(Locale.ROOT, "Engine ready (create + first table + first put): %.1f ms%n", readyMillis);

    long heapBefore = usedHeapAfterGc();
    KeywayWorkload keyway = new KeywayWorkload("Keyway", Engine.inMemory());
    keyway.createTable();
    keyway.preload(items);
    long heapAfter = usedHeapAfterGc();
    System.out.printf(
        Locale.ROOT,
        "Heap held by %d items: %.1f MB%n",
        items,
        (heapAfter - heapBefore) / (1024.0 * 1024.0));

    long loadStart = System.nanoTime();
    DynamoDbLocalWorkload local = new DynamoDbLocalWorkload();
    local.createTable();
    local.preload(items);
    System.out.printf(
        Locale.ROOT,
        "DynamoDB Local pre-loaded %d items in %.1f s%n",
        items,
        (System.nanoTime() - loadStart) / 1e9);

    System.out.println();
    System.out.println(
        "| operation | threads | Keyway ops/s | p50 us | p99 us | DynamoDB Local ops/s | p50 us | p99 us | throughput ratio |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (int threads : threadCounts) {
      for (String op : Operations.ALL) {
        int span = Operations.span(op);
        Measurement.Result k =
            Measurement.run(Operations.bind(keyway, op, items), span, threads, items, warmup, measure);
        Measurement.Result d =
            Measurement.run(Operations.bind(local, op, items), span, threads, items, warmup, measure);
        System.out.printf(
            Locale.ROOT,
            "| %s | %d | %,.0f | %.1f | %.1f | %,.0f | %.1f | %.1f | %.1fx |%n",
            op, threads, k.opsPerSecond(), k.p50Micros(), k.p99Micros(),
            d.opsPerSecond(), d.p50Micros(), d.p99Micros(), k.opsPerSecond() / d.opsPerSecond());
      }
    }
    keyway.close();
    local.close();
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

}
