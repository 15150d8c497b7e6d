package dev.keyway.engine.cli;

import dev.keyway.engine.server.AccessKey;
import dev.keyway.engine.server.CredentialsFile;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.MetricsEndpoint;
import dev.keyway.engine.server.ServerConfig;
import dev.keyway.engine.server.ServerTls;
import dev.keyway.engine.server.auth.IdentityPolicies;
import dev.keyway.engine.server.auth.PolicyFile;
import dev.keyway.engine.Engine;
import dev.keyway.engine.capacity.AutoScalingDefault;
import dev.keyway.engine.storage.durable.DurableOptions;
import dev.keyway.engine.storage.durable.DurableStorageException;
import dev.keyway.engine.storage.durable.Durability;
import dev.keyway.engine.storage.durable.EncryptionKey;
import dev.keyway.spi.Backend;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: runs the engine as a DynamoDB-compatible HTTP server until SIGINT/SIGTERM. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the engine over DynamoDB's HTTP JSON protocol (API 2012-08-10).",
      "Point the AWS CLI or an AWS SDK at http://HOST:PORT (https:// with --tls-*) with any region and credentials."
    })
final class ServeCommand implements Callable<Integer> {
  private static volatile boolean served;

  @Option(names = "--port", defaultValue = "8000", description = "TCP port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--host",
      defaultValue = ServerConfig.DEFAULT_HOST,
      description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only); use 0.0.0.0 to listen on every interface.")
  String host;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Keeps tables in DIR (created if absent): a write-ahead log and checkpoints; every acknowledged write survives a crash of the server (kill -9). Without it, tables live in memory and are gone when the server stops. One server at a time may use a directory.")
  Path data;

  @Option(
      names = "--durability",
      defaultValue = "GROUP",
      description = "With --data: SYNC (fsync before each write returns), GROUP (writes wait for an fsync shared with the writes that arrived while the previous one ran) or NONE (no fsync: survives a crash of the server, not of the machine). Default: ${DEFAULT-VALUE}.")
  Durability durability;

  @Option(
      names = "--encryption-key",
      paramLabel = "FILE",
      description = "With --data: encrypts the log, snapshots and stream records with the AES key in FILE (16, 24 or 32 bytes, raw or Base64; e.g. head -c 32 /dev/urandom | base64 > FILE). The directory then opens only with the same key.")
  Path encryptionKey;

  @Option(
      names = "--credentials",
      paramLabel = "FILE",
      description = "Turns on AWS Signature V4 checks: FILE has one 'accessKeyId secretKey [sessionToken]' per line. Without it any credentials are accepted.")
  Path credentials;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "With --credentials: the only region signatures may be scoped to (e.g. us-east-1). Default: any region.")
  String region;

  @Option(
      names = "--policies",
      paramLabel = "FILE",
      description = "With --credentials: IAM identity policies per access key (JSON, see docs/server.md). Without it every signed request is allowed unless a table's or stream's resource-based policy denies it.")
  Path policies;

  @Option(
      names = "--throttling",
      description = "Throttles as DynamoDB does: PROVISIONED tables and their GSIs get their read and write units per second (with 300 seconds of burst), every partition key value 3,000 read and 1,000 write units per second; over the limit requests fail with ProvisionedThroughputExceededException and batches return unprocessed items. Off by default.")
  boolean throttling;

  @Option(
      names = "--auto-scaling",
      paramLabel = "target=PERCENT,min=UNITS,max=UNITS",
      converter = AutoScalingOption.class,
      description = "Scales the read and write units of every PROVISIONED table and GSI by a target-tracking policy, as Application Auto Scaling does for DynamoDB (e.g. target=70,min=5,max=100; target 20 to 90 percent): out after 2 minutes above the target, in after 15 minutes well below it, within DynamoDB's limit on decreases per day. Works with or without --throttling. Off by default.")
  AutoScalingDefault autoScaling;

  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      description = "Serves the figures CloudWatch gives for DynamoDB (consumed units, throttles, latency, errors; per table, index and operation) in Prometheus' text format at http://HOST:PORT/metrics (0 picks a free port). Off by default.")
  Integer metricsPort;

  @Option(
      names = "--ttl-sweep-seconds",
      paramLabel = "SECONDS",
      defaultValue = "180",
      description = "How often items whose time to live has passed are deleted (0: never); an expired item is gone within about this long. Default: ${DEFAULT-VALUE}.")
  long ttlSweepSeconds;

  @CommandLine.Mixin TlsOptions tls;

  @CommandLine.Mixin LimitOptions limits;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Set by tests to stop a running {@code serve}; otherwise it runs until the JVM is signalled. */
  static volatile CountDownLatch stopSignal;

  static boolean servedUntilShutdown() {
    return served;
  }

  @Override
  public Integer call() throws Exception {
    ServerPreinitialization.await();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (credentials == null && (region != null || policies != null)) {
      err.println((policies != null ? "--policies" : "--region") + " needs --credentials: only signed requests have a caller and a region.");
      return 2;
    }
    Map<String, AccessKey> keys = null;
    if (credentials != null) {
      try {
        keys = CredentialsFile.read(credentials);
      } catch (java.io.IOException | IllegalArgumentException e) {
        err.println("--credentials: cannot read " + credentials + ": " + e.getMessage());
        return 2;
      }
    }
    IdentityPolicies identityPolicies = null;
    if (policies != null) {
      try {
        identityPolicies = PolicyFile.read(policies);
      } catch (java.io.IOException | IllegalArgumentException e) {
        err.println("--policies: cannot read " + policies + ": " + e.getMessage());
        return 2;
      }
      for (String key : identityPolicies.accessKeys()) {
        if (!keys.containsKey(key)) {
          err.println("--policies: " + policies + " names access key " + key + ", which is not in " + credentials);
          return 2;
        }
      }
    }
    try {
      limits.check();
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    ServerTls serverTls;
    try {
      serverTls = tls.serverTls(out);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (ttlSweepSeconds < 0) {
      err.println("--ttl-sweep-seconds must not be negative: " + ttlSweepSeconds);
      return 2;
    }
    Backend backend;
    PrometheusMeterRegistry registry =
        metricsPort == null ? null : new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try {
      backend = engine(registry);
    } catch (DurableStorageException e) {
      err.println("--data: " + e.getMessage());
      return 2;
    } catch (java.io.IOException | IllegalArgumentException e) {
      err.println("--encryption-key: " + e.getMessage());
      return 2;
    }
    MetricsEndpoint metrics = null;
    if (registry != null) {
      try {
        metrics = MetricsEndpoint.start(host, metricsPort, registry::scrape);
      } catch (java.io.UncheckedIOException e) {
        backend.close();
        err.println("--metrics-port: " + e.getMessage());
        return 1;
      }
    }
    KeywayServer server;
    try {
      ServerConfig config =
          ServerConfig.defaults(port).withHost(host).withAccessKeys(keys).withRegion(region).withPolicies(identityPolicies).withTls(serverTls);
      config = limits.applyTo(config);
      server = KeywayServer.start(backend, config);
    } catch (java.io.UncheckedIOException e) {
      closeMetrics(metrics);
      backend.close();
      err.println(e.getMessage()); // one line: "Cannot listen on HOST:PORT: Address already in use"
      return 1;
    } catch (RuntimeException e) {
      closeMetrics(metrics);
      backend.close();
      err.println("Cannot listen on " + host + ":" + port + ": " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch stop = stopSignal != null ? stopSignal : new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              try {
                stopped.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "keyway-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println(
        "Keyway engine listening on " + server.endpoint() + " ("
            + (data == null ? "in memory" : "data in " + data + ", " + durability + " durability") + "; "
            + (keys == null ? "any credentials accepted" : "SigV4 required, " + keys.size() + " access key(s)")
            + (keys == null ? "" : identityPolicies == null ? ", resource-based policies enforced"
                : ", identity and resource-based policies enforced")
            + (throttling ? ", throttling" : "")
            + (autoScaling == null ? "" : ", auto scaling to "
                + java.math.BigDecimal.valueOf(autoScaling.targetUtilization()).stripTrailingZeros().toPlainString()
                + "% within " + autoScaling.minCapacity() + ".." + autoScaling.maxCapacity()
                + " units") + ")");
    if (metrics != null) {
      out.println("Metrics at http://" + host + ":" + metrics.port() + MetricsEndpoint.PATH);
    }
    out.flush();
    if (keys == null && !server.address().getAddress().isLoopbackAddress()) {
      err.println(
          "Warning: " + server.endpoint() + " is reachable from other machines and accepts any credentials:"
              + " anyone who can connect can read and change every table. Use --credentials FILE, or --host 127.0.0.1.");
      err.flush();
    }
    served = true;
    try {
      stop.await();
    } finally {
      server.close();
      closeMetrics(metrics);
      backend.close();
      out.println("Keyway engine stopped");
      out.flush();
      stopped.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook is running: it waits for 'stopped', counted down above
      }
    }
    return 0;
  }

  /** The engine the flags ask for: durable with --data, throttling, auto scaling, TTL sweeps, metrics. */
  private Engine engine(PrometheusMeterRegistry registry) throws java.io.IOException {
    Engine.Builder builder = Engine.builder()
        .throttling(throttling)
        .ttlSweepInterval(Duration.ofSeconds(ttlSweepSeconds));
    if (data != null) {
      builder.durable(data, durableOptions());
    }
    if (registry != null) {
      builder.metrics(registry);
    }
    if (autoScaling != null) {
      builder.autoScaling(autoScaling);
    }
    return builder.build();
  }

  private static void closeMetrics(MetricsEndpoint metrics) {
    if (metrics != null) {
      metrics.close();
    }
  }

  private DurableOptions durableOptions() throws java.io.IOException {
    DurableOptions options = DurableOptions.defaults().withDurability(durability);
    return encryptionKey == null ? options : options.withEncryption(EncryptionKey.fromFile(encryptionKey));
  }
}
