package dev.keyway.bench;

import dev.keyway.engine.Engine;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A Keyway-only driver for profiling the engine (no peer): runs each named operation on
 * one thread for a few seconds on a pre-loaded table and prints throughput, the main thread's CPU
 * time per request (steadier than wall time on a shared machine) and latency percentiles.
 *
 * <p>Arguments: {@code [items] [seconds] [op,op,...]} (defaults 100000, 3, all six operations).
 * {@code startup} as the only argument measures create engine + first table + first put;
 * {@code heap} the heap held by 100k items (as EngineBenchmark measures it).
 */
public final class EngineProfile {
  private EngineProfile() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("startup")) {
      long start = System.nanoTime();
      KeywayWorkload w = new KeywayWorkload("Keyway", Engine.inMemory());
      long engine = System.nanoTime();
      w.createTable();
      long table = System.nanoTime();
      w.putItem(0);
      long end = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "ready in %.1f ms (engine %.1f, table %.1f, put %.1f)%n",
          (end - start) / 1e6, (engine - start) / 1e6, (table - engine) / 1e6, (end - table) / 1e6);
      return;
    }
    if (args.length == 1 && args[0].equals("heap")) {
      long before = usedHeapAfterGc();
      KeywayWorkload w = new KeywayWorkload("Keyway", Engine.inMemory());
      w.createTable();
      w.preload(100_000);
      long after = usedHeapAfterGc();
      System.out.printf(Locale.ROOT, "heap held by 100000 items: %.1f MB%n", (after - before) / 1048576.0);
      Thread.sleep(Long.getLong("hold.ms", 0)); // time for jcmd GC.class_histogram
      w.getItem(1); // keeps the engine reachable until after the measurement
      return;
    }
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 3;
    List<String> ops =
        args.length > 2
            ? Arrays.asList(args[2].split(","))
            : List.of("PutItem", "GetItem", "Query", "UpdateItem", "TransactWriteItems", "BatchWriteItem");
    KeywayWorkload w = new KeywayWorkload("Keyway", Engine.inMemory());
    w.createTable();
    w.preload(items);
    int partitions = items / BenchItems.ITEMS_PER_PARTITION;
    for (int round = 0; round < 2; round++) {
      for (String op : ops) {
        long[] lat = new long[1 << 22];
        int count = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuBegin = mx.getCurrentThreadCpuTime();
        long begin = System.nanoTime();
        long deadline = begin + seconds * 1_000_000_000L;
        long now = begin;
        while (now < deadline && count < lat.length) {
          int n = random.nextInt(items - 25);
          switch (op) {
            case "PutItem": w.putItem(n); break;
            case "GetItem": w.getItem(n); break;
            case "Query": w.query(n % partitions); break;
            case "UpdateItem": w.updateItem(n); break;
            case "TransactWriteItems": w.transactWrite(n); break;
            case "BatchWriteItem": w.batchWrite(n); break;
            default: throw new IllegalArgumentException(op);
          }
          long t = System.nanoTime();
          lat[count++] = t - now;
          now = t;
        }
        long cpu = mx.getCurrentThreadCpuTime() - cpuBegin;
        Arrays.sort(lat, 0, count);
        System.out.printf(
            Locale.ROOT,
            "round %d %-20s %,10.0f ops/s  cpu %6.2f us/op  p50 %6.1f us  p99 %7.1f us%n",
            round, op, count / ((now - begin) / 1e9), cpu / 1e3 / count, lat[count / 2] / 1e3, lat[(int) (count * 0.99)] / 1e3);
      }
    }
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
