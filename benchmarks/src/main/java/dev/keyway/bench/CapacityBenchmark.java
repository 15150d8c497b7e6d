package dev.keyway.bench;

import dev.keyway.engine.Engine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What metrics and throttling cost the engine in process, in one run: the same workload as
 * {@link EngineBenchmark} on three engines, the plain one (neither enabled, the default), one with
 * metrics in a Micrometer {@link SimpleMeterRegistry} and one with throttling (an on-demand table:
 * per-partition buckets, never exhausted by this workload). Prints each one's time and CPU per
 * request relative to the plain engine's.
 *
 * <p>Arguments as EngineBenchmark's: {@code --items N} (default 100000), {@code --warmup SECONDS}
 * (3), {@code --measure SECONDS} (5), {@code --rounds N} (5), {@code --threads 1},
 * {@code --ops PutItem,GetItem,...}.
 */
public final class CapacityBenchmark {
  private CapacityBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Operations.options(args);
    int items = Integer.parseInt(options.getOrDefault("items", "100000"));
    long warmup = Long.parseLong(options.getOrDefault("warmup", "3")) * 1000;
    long measure = Long.parseLong(options.getOrDefault("measure", "5")) * 1000;
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
    int[] threadCounts = Arrays.stream(options.getOrDefault("threads", "1").split(","))
        .mapToInt(Integer::parseInt).toArray();
    List<String> operations =
        options.containsKey("ops") ? List.of(options.get("ops").split(",")) : Operations.ALL;
    System.out.printf(Locale.ROOT, "%d processors, load average %.2f at start%n",
        Runtime.getRuntime().availableProcessors(), loadAverage());

    KeywayWorkload plain = loaded("plain", Engine.inMemory(), items);
    KeywayWorkload metrics = loaded("metrics",
        Engine.builder().metrics(new SimpleMeterRegistry()).build(), items);
    KeywayWorkload throttling = loaded("throttling",
        Engine.builder().throttling(true).build(), items);

    System.out.println();
    System.out.println("| operation | threads | plain ops/s | CPU us/op | metrics ops/s | CPU us/op"
        + " | throttling ops/s | CPU us/op | metrics time ratio | CPU ratio"
        + " | throttling time ratio | CPU ratio |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (int threads : threadCounts) {
      for (String op : operations) {
        Contender p = new Contender(Operations.bind(plain, op, items), null);
        Contender m = new Contender(Operations.bind(metrics, op, items), null);
        Contender t = new Contender(Operations.bind(throttling, op, items), null);
        Duel.run(List.of(p, m, t), Operations.span(op), threads, items, warmup, measure, rounds);
        System.out.printf(Locale.ROOT,
            "| %s | %d | %,.0f | %.2f | %,.0f | %.2f | %,.0f | %.2f | %.2fx | %.2fx | %.2fx | %.2fx |%n",
            op, threads, p.opsPerSecond(), p.cpuMicrosPerOp(), m.opsPerSecond(),
            m.cpuMicrosPerOp(), t.opsPerSecond(), t.cpuMicrosPerOp(),
            p.opsPerSecond() / m.opsPerSecond(), m.cpuMicrosPerOp() / p.cpuMicrosPerOp(),
            p.opsPerSecond() / t.opsPerSecond(), t.cpuMicrosPerOp() / p.cpuMicrosPerOp());
      }
    }
    System.out.printf(Locale.ROOT, "%nRatios: the variant's time (or CPU) per request / the plain"
        + " engine's. Load average %.2f at end.%n", loadAverage());
    plain.close();
    metrics.close();
    throttling.close();
  }

  private static KeywayWorkload loaded(String name, Engine engine, int items) {
    KeywayWorkload workload = new KeywayWorkload(name, engine);
    workload.createTable();
    workload.preload(items);
    return workload;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
