package dev.keyway.bench;

import dev.keyway.engine.Engine;
import dev.keyway.engine.storage.durable.Durability;
import dev.keyway.engine.storage.durable.DurableOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The durable engine against the in-memory one, in one run: PutItem and a 4-item
 * TransactWriteItems per durability mode (NONE, GROUP, SYNC) and thread count, on a table
 * pre-loaded with {@code --preload} items; then restart time and disk bytes per item for
 * {@code --items} items (written in batches of 25, closed with a checkpoint, reopened).
 *
 * <p>Arguments: {@code --items N} (default 1000000), {@code --preload N} (default 100000),
 * {@code --warmup SECONDS} (default 2), {@code --measure SECONDS} (default 3),
 * {@code --threads 1,4}, {@code --dir PATH} (default a new temporary directory).
 */
public final class DurableBenchmark {
  private static final String[] OPERATIONS = {"PutItem", "TransactWriteItems"};

  private DurableBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Operations.options(args);
    int items = Integer.parseInt(options.getOrDefault("items", "1000000"));
    int preload = Integer.parseInt(options.getOrDefault("preload", "100000"));
    long warmup = Long.parseLong(options.getOrDefault("warmup", "2")) * 1000;
    long measure = Long.parseLong(options.getOrDefault("measure", "3")) * 1000;
    int[] threads = Arrays.stream(options.getOrDefault("threads", "1,4").split(","))
        .mapToInt(Integer::parseInt).toArray();
    Path root = options.containsKey("dir") ? Files.createDirectories(Path.of(options.get("dir")))
        : Files.createTempDirectory("keyway-durable-bench");

    System.out.printf(Locale.ROOT, "%-20s %-8s %7s %12s %10s %10s%n",
        "operation", "storage", "threads", "ops/s", "p50 us", "p99 us");
    String[] systems = {"memory", "NONE", "GROUP", "SYNC"};
    for (String op : OPERATIONS) {
      for (int t : threads) {
        double memory = 0;
        for (String system : systems) {
          Path dir = root.resolve("throughput-" + system + "-" + op + "-" + t);
          KeywayWorkload w = loaded(system, dir, preload);
          Measurement.Result r = Measurement.run(Operations.bind(w, op, preload), Operations.span(op),
              t, preload, warmup, measure);
          w.close();
          delete(dir);
          if (system.equals("memory")) {
            memory = r.opsPerSecond();
          }
          System.out.printf(Locale.ROOT, "%-20s %-8s %7d %12.0f %10.1f %10.1f   (%.2fx memory)%n",
              op, system, t, r.opsPerSecond(), r.p50Micros(), r.p99Micros(), r.opsPerSecond() / memory);
        }
      }
    }
    restart(root.resolve("restart"), items);
    delete(root);
  }

  /** Loads {@code items} items, closes (a checkpoint), and reports disk use and reopen time. */
  private static void restart(Path dir, int items) throws IOException {
    long start = System.nanoTime();
    Engine engine = engine("NONE", dir);
    KeywayWorkload w = new KeywayWorkload("NONE", engine);
    w.createTable();
    w.preload(items);
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    long logBytes = bytes(dir, ".log");
    start = System.nanoTime();
    engine.close();
    double closeSeconds = (System.nanoTime() - start) / 1e9;
    long diskBytes = bytes(dir, "");
    start = System.nanoTime();
    Engine reopened = Engine.builder().durable(dir, DurableOptions.defaults()).build();
    double openSeconds = (System.nanoTime() - start) / 1e9;
    reopened.close();
    System.out.printf(Locale.ROOT, "%n%d items loaded in %.1f s (NONE, batches of 25); log written since the"
        + " last checkpoint %.1f MB%n", items, loadSeconds, logBytes / 1e6);
    System.out.printf(Locale.ROOT, "close (final checkpoint): %.2f s; on disk after close: %.1f MB = %.1f bytes"
        + " per item%n", closeSeconds, diskBytes / 1e6, (double) diskBytes / items);
    System.out.printf(Locale.ROOT, "restart (open + recover from the snapshot): %.2f s%n", openSeconds);
  }

  /**
   * A table of {@code preload} items on {@code system}. Durable systems are loaded without fsync
   * and reopened in their mode: loading one writer at a time would wait for a force per commit.
   */
  private static KeywayWorkload loaded(String system, Path dir, int preload) {
    KeywayWorkload loader = new KeywayWorkload("load", engine(system.equals("memory") ? "memory" : "NONE", dir));
    loader.createTable();
    loader.preload(preload);
    if (system.equals("memory")) {
      return loader;
    }
    loader.close();
    return new KeywayWorkload(system, engine(system, dir));
  }

  private static Engine engine(String system, Path dir) {
    if (system.equals("memory")) {
      return Engine.inMemory();
    }
    return Engine.builder().durable(dir, DurableOptions.defaults()
        .withDurability(Durability.valueOf(system))).build();
  }

  static long bytes(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(f);
      }
    }
  }
}
