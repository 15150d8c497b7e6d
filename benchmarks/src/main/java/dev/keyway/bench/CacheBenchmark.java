package dev.keyway.bench;

import static dev.keyway.bench.BenchItems.ITEMS_PER_PARTITION;
import static dev.keyway.bench.BenchItems.TABLE;

import dev.keyway.aws.AwsBackend;
import dev.keyway.cache.BackendCache;
import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.spi.Backend;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;

/**
 * Eventually consistent reads through a {@link BackendCache} against the same reads on the backend
 * alone, in one run: GetItem and Query on the engine in process, and GetItem on the engine's server
 * over HTTP through {@link AwsBackend}. Every key is read once before measuring, so the cached side
 * measures hits. One thread; the two sides alternate in short rounds so that load from elsewhere on
 * the machine hits both alike.
 *
 * <pre>benchmarks/run.sh CacheBenchmark [--items 10000 --seconds 4 --rounds 8]</pre>
 */
public final class CacheBenchmark {
  private static long sink;

  private CacheBenchmark() {}

  public static void main(String[] args) throws Exception {
    int items = intArg(args, "--items", 10_000);
    long measureMillis = intArg(args, "--seconds", 4) * 1000L;
    int rounds = intArg(args, "--rounds", 8);

    Engine engine = Engine.inMemory();
    KeywayWorkload loader = new KeywayWorkload("loader", engine);
    loader.createTable();
    loader.preload(items);
    int partitions = items / ITEMS_PER_PARTITION;

    System.out.printf("CacheBenchmark: %,d items, %d rounds over %d s per side, 1 thread, JDK %s%n%n",
        items, rounds, measureMillis / 1000, Runtime.version());
    System.out.println("| read | backend alone (ops/s) | through BackendCache (ops/s) | ratio |"
        + " alone, caller's CPU (us/op) | cached, caller's CPU (us/op) |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");

    Backend cachedEngine = BackendCache.create().wrap(engine);
    compare("GetItem, engine in process", engine, cachedEngine, items, CacheBenchmark::getItem,
        measureMillis, rounds);
    compare("Query (20 items), engine in process", engine, cachedEngine, partitions, CacheBenchmark::query,
        measureMillis, rounds);

    try (KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0));
        AwsBackend aws = AwsBackend.owning(ServerBenchmark.client(server.port()))) {
      Backend cachedAws = BackendCache.create().wrap(aws);
      compare("GetItem, server over HTTP (AwsBackend)", aws, cachedAws, items, CacheBenchmark::getItem,
          measureMillis, rounds);
    }
    engine.close();
    System.out.println("\n(checksum " + sink + ")");
  }

  private static void compare(
      String name, Backend alone, Backend cached, int keys, ObjIntConsumer<Backend> read, long measureMillis, int rounds) {
    IntConsumer aloneRead = n -> read.accept(alone, n);
    IntConsumer cachedRead = n -> read.accept(cached, n);
    // Fill the cache with every key, then warm both paths for as long as one side is measured: a
    // fixed number of calls leaves the JIT unfinished on a loaded machine.
    for (int n = 0; n < keys; n++) {
      cachedRead.accept(n);
    }
    for (long warm = System.nanoTime() + measureMillis * 1_000_000; System.nanoTime() < warm; ) {
      run(aloneRead, keys, 100_000_000);
      run(cachedRead, keys, 100_000_000);
    }
    long aloneOps = 0;
    long cachedOps = 0;
    long aloneNanos = 0;
    long cachedNanos = 0;
    long aloneCpu = 0;
    long cachedCpu = 0;
    long slice = measureMillis * 1_000_000 / rounds;
    for (int round = 0; round < rounds; round++) {
      boolean aloneFirst = round % 2 == 0;
      for (int side = 0; side < 2; side++) {
        boolean measuringAlone = aloneFirst == (side == 0);
        long[] result = run(measuringAlone ? aloneRead : cachedRead, keys, slice);
        if (measuringAlone) {
          aloneOps += result[0];
          aloneNanos += result[1];
          aloneCpu += result[2];
        } else {
          cachedOps += result[0];
          cachedNanos += result[1];
          cachedCpu += result[2];
        }
      }
    }
    double aloneRate = aloneOps * 1e9 / aloneNanos;
    double cachedRate = cachedOps * 1e9 / cachedNanos;
    double aloneCpuMicros = aloneCpu / 1e3 / aloneOps;
    double cachedCpuMicros = cachedCpu / 1e3 / cachedOps;
    System.out.printf("| %s | %,.0f | %,.0f | %.1fx | %.2f | %.2f |%n",
        name, aloneRate, cachedRate, cachedRate / aloneRate, aloneCpuMicros, cachedCpuMicros);
  }

  /**
   * Reads keys in turn for about {@code nanos}; returns {operations, elapsed nanoseconds, CPU
   * nanoseconds of the calling thread}. The CPU time is steady on a loaded machine, but leaves out
   * the server's threads, so over HTTP only the elapsed time compares.
   */
  private static long[] run(IntConsumer read, int keys, long nanos) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long deadline = start + nanos;
    long ops = 0;
    int n = 0;
    long now;
    do {
      for (int i = 0; i < 64; i++) {
        read.accept(n);
        n = n + 1 == keys ? 0 : n + 1;
      }
      ops += 64;
      now = System.nanoTime();
    } while (now < deadline);
    return new long[] {ops, now - start, threads.getCurrentThreadCpuTime() - cpuStart};
  }

  private static void getItem(Backend backend, int n) {
    Map<String, AttributeValue> item =
        backend.getItem(GetItemRequest.builder().tableName(TABLE).key(BenchItems.key(n)).build()).item();
    sink += item.size();
  }

  private static void query(Backend backend, int partition) {
    sink += backend.query(QueryRequest.builder().tableName(TABLE).keyConditionExpression("PK = :pk")
            .expressionAttributeValues(Map.of(":pk", AttributeValue.s(BenchItems.partitionKey(partition))))
            .build())
        .count();
  }

  private static int intArg(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
