package dev.keyway.bench;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Keyway's HTTP server (in this JVM) against dynalite (a Node.js process that {@code run.sh}
 * installs from npm and starts on a loopback port), through the same AWS SDK v2 client
 * configuration (Apache HTTP client, 32 pooled connections, static dummy credentials, us-east-1),
 * in one run: PutItem, consistent GetItem, a 20-item Query, a conditional UpdateItem, a 4-item
 * TransactWriteItems and a 25-item BatchWriteItem, on 1 and 8 client threads, each server holding
 * a table pre-loaded with {@code --items} items. An operation dynalite does not implement is
 * measured on Keyway alone. Besides throughput and latency it reports each server's own CPU time
 * per request (Keyway's server threads; dynalite's whole process), which excludes the client.
 *
 * <p>Arguments: {@code --dynalite-port N} (required), {@code --dynalite-pid N} (for its CPU time),
 * {@code --items N} (default 100000), {@code --warmup SECONDS} (default 3), {@code --measure
 * SECONDS} (default 5) per server and operation, split into {@code --rounds N} (default 5) rounds
 * that alternate between the two servers, {@code --threads 1,8}, {@code --ops PutItem,...}.
 */
public final class ServerBenchmark {

  /** Keyway's server threads: Netty's event loops and the engine worker pool. */
  private static final CpuMeter KEYWAY_THREADS =
      new ThreadsCpu(
          name -> name.startsWith("keyway-engine-") || name.startsWith("nioEventLoopGroup-"));

  /** For a dynalite started by hand without {@code --dynalite-pid}: its CPU reads as 0. */
  private static final CpuMeter NOT_MEASURED = () -> () -> 0L;

  private ServerBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Operations.options(args);
    if (!options.containsKey("dynalite-port")) {
      throw new IllegalArgumentException(
          "--dynalite-port is required; benchmarks/run.sh ServerBenchmark starts dynalite and passes it");
    }
    int items = Integer.parseInt(options.getOrDefault("items", "100000"));
    long warmup = Long.parseLong(options.getOrDefault("warmup", "3")) * 1000;
    long measure = Long.parseLong(options.getOrDefault("measure", "5")) * 1000;
    int[] threadCounts =
        Arrays.stream(options.getOrDefault("threads", "1,8").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
    List<String> operations =
        options.containsKey("ops") ? List.of(options.get("ops").split(",")) : Operations.ALL;

    Engine engine = Engine.inMemory();
    KeywayServer keywayServer = KeywayServer.start(engine, ServerConfig.defaults(0));
    SdkClientWorkload keyway =
        new SdkClientWorkload(
            "Keyway server",
            client(keywayServer.port()),
            () -> {
              keywayServer.close();
              engine.close();
            });
    // dynalite's process belongs to run.sh, which stops it.
    SdkClientWorkload dynalite =
        new SdkClientWorkload(
            "dynalite", client(Integer.parseInt(options.get("dynalite-port"))), () -> {});
    CpuMeter dynaliteCpu =
        options.containsKey("dynalite-pid")
            ? new ProcessCpu(Long.parseLong(options.get("dynalite-pid")))
            : NOT_MEASURED;

    System.out.printf(
        Locale.ROOT,
        "%d processors, load average %.2f at start%n",
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
    for (SdkClientWorkload w : List.of(keyway, dynalite)) {
      long loadStart = System.nanoTime();
      w.createTable();
      w.preload(items);
      System.out.printf(
          Locale.ROOT,
          "%s pre-loaded %d items over HTTP in %.1f s%n",
          w.name(),
          items,
          (System.nanoTime() - loadStart) / 1e9);
    }

    System.out.println();
    System.out.println(
        "| operation | threads | Keyway ops/s | p50 us | p99 us | server CPU us/op"
            + " | dynalite ops/s | p50 us | p99 us | server CPU us/op"
            + " | throughput ratio | p99 ratio |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (int threads : threadCounts) {
      for (String op : operations) {
        Contender k = new Contender(Operations.bind(keyway, op, items), KEYWAY_THREADS);
        Measurement.Op dynaliteOp = Operations.bind(dynalite, op, items);
        Contender d = implemented(dynaliteOp) ? new Contender(dynaliteOp, dynaliteCpu) : null;
        List<Contender> contenders = new ArrayList<>(List.of(k));
        if (d != null) {
          contenders.add(d);
        }
        Duel.run(contenders, Operations.span(op), threads, items, warmup, measure, rounds);
        System.out.println(row(op, threads, k, d));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nThroughput ratio = Keyway / dynalite; p99 ratio = Keyway p99 / dynalite p99. Server CPU"
            + " = CPU time per request of Keyway's server threads (not GC, not the client) and of"
            + " dynalite's whole process. Load average %.2f at end.%n",
        loadAverage());
    keyway.close();
    dynalite.close();
  }

  /** False if dynalite answers the operation with UnknownOperationException. */
  private static boolean implemented(Measurement.Op op) {
    try {
      op.run(0);
      return true;
    } catch (DynamoDbException e) {
      if ("UnknownOperationException".equals(e.awsErrorDetails().errorCode())) {
        return false;
      }
      throw e;
    }
  }

  private static String row(String op, int threads, Contender k, Contender d) {
    String keyway =
        String.format(
            Locale.ROOT,
            "| %s | %d | %,.0f | %.0f | %.0f | %.0f |",
            op, threads, k.opsPerSecond(), k.micros(50), k.micros(99), k.cpuMicrosPerOp());
    if (d == null) {
      return keyway + " not implemented by dynalite | | | | | |";
    }
    return keyway
        + String.format(
            Locale.ROOT,
            " %,.0f | %.0f | %.0f | %.0f | %.1fx | %.2f |",
            d.opsPerSecond(), d.micros(50), d.micros(99), d.cpuMicrosPerOp(),
            k.opsPerSecond() / d.opsPerSecond(), k.micros(99) / d.micros(99));
  }

  /** The one client configuration both servers are measured with; only the endpoint differs. */
  static DynamoDbClient client(int port) {
    return DynamoDbClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + port))
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
        .httpClientBuilder(
            ApacheHttpClient.builder()
                .maxConnections(32)
                .connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(Duration.ofSeconds(30)))
        .build();
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
