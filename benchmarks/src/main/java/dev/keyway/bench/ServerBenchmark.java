package dev.keyway.bench;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.HdrHistogram.Histogram;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Keyway's HTTP server against DynamoDB Local's HTTP server, both in this JVM, through the same
 * AWS SDK v2 client configuration (Apache HTTP client, 32 pooled connections, static dummy
 * credentials, us-east-1), in one run: PutItem, consistent GetItem, a 20-item Query, a conditional
 * UpdateItem, a 4-item TransactWriteItems and a 25-item BatchWriteItem, on 1 and 8 client threads,
 * each server holding a table pre-loaded with {@code --items} items. Besides throughput and
 * latency it reports each server's own CPU time per request (its threads only; the client, which
 * shares the JVM and costs more than either server, is excluded), which shows server efficiency
 * even when the machine is busy.
 *
 * <p>Arguments: {@code --items N} (default 100000), {@code --warmup SECONDS} (default 3),
 * {@code --measure SECONDS} (default 5) per server and operation, split into {@code --rounds N}
 * (default 5) rounds that alternate between the two servers, {@code --threads 1,8},
 * {@code --ops PutItem,GetItem,...} (default all six). Needs
 * {@code -Dsqlite4java.library.path} (run.sh sets it).
 */
public final class ServerBenchmark {

  private ServerBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Operations.options(args);
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

    int localPort = freePort();
    DynamoDBProxyServer localServer =
        ServerRunner.createServerFromCommandLineArgs(
            new String[] {"-inMemory", "-port", Integer.toString(localPort), "-disableTelemetry"});
    localServer.start();
    SdkClientWorkload local =
        new SdkClientWorkload(
            "DynamoDB Local server",
            client(localPort),
            () -> {
              try {
                localServer.stop();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });

    System.out.printf(
        Locale.ROOT,
        "%d processors, load average %.2f at start%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (SdkClientWorkload w : List.of(keyway, local)) {
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
            + " | DynamoDB Local ops/s | p50 us | p99 us | server CPU us/op"
            + " | throughput ratio | p99 ratio |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (int threads : threadCounts) {
      for (String op : operations) {
        int span = Operations.span(op);
        Side k = new Side(KEYWAY_THREADS, Operations.bind(keyway, op, items));
        Side d = new Side(LOCAL_THREADS, Operations.bind(local, op, items));
        Measurement.run(k.op, span, threads, items, warmup, 0);
        Measurement.run(d.op, span, threads, items, warmup, 0);
        // Short alternating rounds, so that load from elsewhere on the machine hits both alike.
        for (int round = 0; round < rounds; round++) {
          for (Side side : round % 2 == 0 ? List.of(k, d) : List.of(d, k)) {
            side.measure(span, threads, items, measure / rounds);
          }
        }
        System.out.printf(
            Locale.ROOT,
            "| %s | %d | %,.0f | %.0f | %.0f | %.0f | %,.0f | %.0f | %.0f | %.0f | %.1fx | %.2f |%n",
            op, threads, k.opsPerSecond(), k.micros(50), k.micros(99), k.serverCpuMicrosPerOp(),
            d.opsPerSecond(), d.micros(50), d.micros(99), d.serverCpuMicrosPerOp(),
            k.opsPerSecond() / d.opsPerSecond(), k.micros(99) / d.micros(99));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nThroughput ratio = Keyway / DynamoDB Local (target >= 3x); p99 ratio = Keyway p99 /"
            + " DynamoDB Local p99 (target <= 0.33). Server CPU = CPU time of the server's own"
            + " threads (not GC, not the client) per request. Load average %.2f at end.%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    keyway.close();
    local.close();
    // DynamoDB Local's server leaves a non-daemon job thread (shard rollover) behind after stop().
    System.exit(0);
  }

  /** Keyway's server threads: Netty's event loops and the engine worker pool. */
  private static final Predicate<String> KEYWAY_THREADS =
      name -> name.startsWith("keyway-engine-") || name.startsWith("multiThreadIoEventLoopGroup-");

  /** DynamoDB Local's server threads: Jetty's pool and the SQLite queue. */
  private static final Predicate<String> LOCAL_THREADS =
      name -> name.startsWith("qtp") || name.startsWith("SQLiteQueue");

  /** One server's measurements of one operation, accumulated over the rounds. */
  private static final class Side {
    final Predicate<String> serverThreads;
    final Measurement.Op op;
    final Histogram latencies = new Histogram(3);
    long elapsedNanos;
    long serverCpuNanos;

    Side(Predicate<String> serverThreads, Measurement.Op op) {
      this.serverThreads = serverThreads;
      this.op = op;
    }

    void measure(int span, int threads, int items, long millis) throws InterruptedException {
      Map<Long, Long> before = threadCpu(serverThreads);
      elapsedNanos += Measurement.measureInto(op, span, threads, items, millis, latencies);
      for (Map.Entry<Long, Long> e : threadCpu(serverThreads).entrySet()) {
        serverCpuNanos += e.getValue() - before.getOrDefault(e.getKey(), 0L);
      }
    }

    double opsPerSecond() {
      return latencies.getTotalCount() / (elapsedNanos / 1e9);
    }

    double micros(double percentile) {
      return latencies.getValueAtPercentile(percentile) / 1000.0;
    }

    double serverCpuMicrosPerOp() {
      return serverCpuNanos / 1000.0 / Math.max(1, latencies.getTotalCount());
    }
  }

  /** CPU nanoseconds so far of each live thread whose name matches. */
  private static Map<Long, Long> threadCpu(Predicate<String> names) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (info != null && names.test(info.getThreadName())) {
        long nanos = mx.getThreadCpuTime(info.getThreadId());
        if (nanos >= 0) {
          cpu.put(info.getThreadId(), nanos);
        }
      }
    }
    return cpu;
  }

  /** The one client configuration both servers are measured with; only the endpoint differs. */
  private static DynamoDbClient client(int port) {
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

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

}
