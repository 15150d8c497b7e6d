package dev.keyway.bench;

import dev.keyway.engine.Engine;
import dev.keyway.engine.storage.durable.Durability;
import dev.keyway.engine.storage.durable.DurableOptions;
import dev.keyway.engine.storage.durable.EncryptionKey;
import dev.keyway.ops.DescribeTableRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;

/**
 * Restart time and disk bytes per item of a data directory, plain and encrypted, against floors
 * measured in the same run: loading the same items into the in-memory engine (what a restart
 * must at least redo) and the table's DynamoDB size (what the items weigh by DynamoDB's rules).
 *
 * <p>Arguments: {@code --items N} (default 1000000), {@code --dir PATH} (default a temporary
 * directory). A whole-program run, kept out of {@code mvn verify}.
 */
public final class RestartBenchmark {
  private RestartBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Operations.options(args);
    int items = Integer.parseInt(options.getOrDefault("items", "1000000"));
    Path root = options.containsKey("dir") ? Files.createDirectories(Path.of(options.get("dir")))
        : Files.createTempDirectory("keyway-restart-bench");

    double memoryLoad = inMemoryLoad(items);
    System.out.printf(Locale.ROOT, "in-memory load of %,d items (the floor a restart redoes): %.2f s%n%n",
        items, memoryLoad);
    System.out.printf(Locale.ROOT, "%-10s %10s %10s %12s %12s %14s %12s%n", "storage", "load s",
        "close s", "restart s", "vs floor", "bytes/item", "vs DynamoDB");

    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    run("plain", root.resolve("plain"), DurableOptions.defaults(), items, memoryLoad);
    run("AES-GCM", root.resolve("encrypted"),
        DurableOptions.defaults().withEncryption(EncryptionKey.of(key)), items, memoryLoad);
    DurableBenchmark.delete(root);
  }

  private static void run(String name, Path dir, DurableOptions options, int items, double floor)
      throws IOException {
    DurableOptions loading = options.withDurability(Durability.NONE);
    long start = System.nanoTime();
    double[] loadAndClose = new double[2];
    long tableBytes = load(name, dir, loading, items, start, loadAndClose);
    double load = loadAndClose[0];
    double close = loadAndClose[1];
    long disk = DurableBenchmark.bytes(dir, "");
    start = System.nanoTime();
    Engine reopened = Engine.builder().durable(dir, options).build();
    double restart = seconds(start);
    long recovered = reopened.describeTable(new DescribeTableRequest(BenchItems.TABLE)).table().itemCount();
    reopened.close();
    if (recovered != items) {
      throw new IllegalStateException(name + ": recovered " + recovered + " items of " + items);
    }
    System.out.printf(Locale.ROOT, "%-10s %10.2f %10.2f %12.2f %11.2fx %14.1f %11.2fx%n", name, load,
        close, restart, restart / floor, (double) disk / items, (double) disk / tableBytes);
    DurableBenchmark.delete(dir);
  }

  /**
   * Loads the items into a new data directory and closes it; returns the table's size. In its own
   * method so that the loaded engine is unreachable (and collectable) before the restart, which
   * holds the same items again.
   */
  private static long load(String name, Path dir, DurableOptions loading, int items, long start,
      double[] loadAndClose) {
    Engine engine = Engine.builder().durable(dir, loading).build();
    KeywayWorkload w = new KeywayWorkload(name, engine);
    w.createTable();
    w.preload(items);
    loadAndClose[0] = seconds(start);
    long tableBytes = engine.describeTable(new DescribeTableRequest(BenchItems.TABLE)).table().tableSizeBytes();
    long closing = System.nanoTime();
    engine.close();
    loadAndClose[1] = seconds(closing);
    return tableBytes;
  }

  /** Seconds to load the items into the in-memory engine, which is then dropped (heap for the next runs). */
  private static double inMemoryLoad(int items) {
    long start = System.nanoTime();
    KeywayWorkload memory = new KeywayWorkload("memory", Engine.inMemory());
    memory.createTable();
    memory.preload(items);
    double seconds = seconds(start);
    memory.close();
    return seconds;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
