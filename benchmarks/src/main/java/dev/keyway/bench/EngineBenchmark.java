package dev.keyway.bench;

import dev.keyway.engine.Engine;
import dev.keyway.spi.Backend;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keyway's engine in process against the bare floor of the same harness ({@link FloorBackend}:
 * the same requests through the same {@link Backend} interface, served by plain maps without
 * validation), in one run: PutItem, consistent GetItem, a 20-item Query, a conditional UpdateItem,
 * a 4-item TransactWriteItems and a 25-item BatchWriteItem, on 1 and 2 threads, each on a table
 * pre-loaded with {@code --items} items. Prints Keyway/floor ratios of time and CPU per request
 * (DESIGN.md's target: within 2x); also the engine's start-up time and the heap each side's
 * items take.
 *
 * <p>Arguments: {@code --items N} (default 100000), {@code --warmup SECONDS} (default 3),
 * {@code --measure SECONDS} (default 5) per side and operation, split into {@code --rounds N}
 * (default 5) alternating rounds, {@code --threads 1,2}, {@code --ops PutItem,GetItem,...}.
 */
public final class EngineBenchmark {
  private EngineBenchmark() {}

  public static void main(String[] args) throws Exception {
    long startNanos = System.nanoTime();
    KeywayWorkload startup = new KeywayWorkload("Keyway", Engine.inMemory());
    startup.createTable();
    startup.putItem(0);
    double readyMillis = (System.nanoTime() - startNanos) / 1e6;
    startup.close();

    Map<String, String> options = Operations.options(args);
    int items = Integer.parseInt(options.getOrDefault("items", "100000"));
    long warmup = Long.parseLong(options.getOrDefault("warmup", "3")) * 1000;
    long measure = Long.parseLong(options.getOrDefault("measure", "5")) * 1000;
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
    int[] threadCounts =
        Arrays.stream(options.getOrDefault("threads", "1,2").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    List<String> operations =
        options.containsKey("ops") ? List.of(options.get("ops").split(",")) : Operations.ALL;

    System.out.printf(
        Locale.ROOT,
        "%d processors, load average %.2f at start%n",
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
    System.out.printf(
        Locale.ROOT, "Engine ready (create + first table + first put): %.1f ms%n", readyMillis);
    KeywayWorkload keyway = loaded("Keyway", Engine.inMemory(), items);
    KeywayWorkload floor = loaded("Floor", new FloorBackend(), items);

    System.out.println();
    System.out.println(
        "| operation | threads | Keyway ops/s | p50 us | p99 us | CPU us/op"
            + " | floor ops/s | p50 us | p99 us | CPU us/op | time ratio | CPU ratio |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (int threads : threadCounts) {
      for (String op : operations) {
        Contender k = new Contender(Operations.bind(keyway, op, items), null);
        Contender f = new Contender(Operations.bind(floor, op, items), null);
        Duel.run(List.of(k, f), Operations.span(op), threads, items, warmup, measure, rounds);
        System.out.printf(
            Locale.ROOT,
            "| %s | %d | %,.0f | %.1f | %.1f | %.2f | %,.0f | %.1f | %.1f | %.2f | %.2fx | %.2fx |%n",
            op, threads, k.opsPerSecond(), k.micros(50), k.micros(99), k.cpuMicrosPerOp(),
            f.opsPerSecond(), f.micros(50), f.micros(99), f.cpuMicrosPerOp(),
            f.opsPerSecond() / k.opsPerSecond(), k.cpuMicrosPerOp() / f.cpuMicrosPerOp());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nTime ratio = Keyway's wall time per request / the floor's (floor ops/s / Keyway ops/s);"
            + " CPU ratio = Keyway's CPU per request / the floor's (the request threads' CPU time)."
            + " Target: at most 2x. Load average %.2f at end.%n",
        loadAverage());
    keyway.close();
    floor.close();
  }

  /** A workload on {@code backend} with its table pre-loaded; prints the heap the items hold. */
  private static KeywayWorkload loaded(String name, Backend backend, int items)
      throws InterruptedException {
    long heapBefore = usedHeapAfterGc();
    KeywayWorkload workload = new KeywayWorkload(name, backend);
    workload.createTable();
    workload.preload(items);
    long heapAfter = usedHeapAfterGc();
    System.out.printf(
        Locale.ROOT,
        "Heap held by %d items, %s: %.1f MB%n",
        items,
        name,
        (heapAfter - heapBefore) / (1024.0 * 1024.0));
    return workload;
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
