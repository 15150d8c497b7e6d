package dev.keyway.engine.metrics;

import dev.keyway.engine.capacity.CapacityMeter;
import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.ProvisionedThroughputExceededException;
import dev.keyway.error.ThrottlingException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The figures CloudWatch reports for DynamoDB, per table and index, in a Micrometer
 * {@link MeterRegistry} (names in docs/capacity.md): consumed read and write units, read and write
 * throttle events, throttled requests, successful request latency and returned items per
 * operation, conditional check failures, user errors and system errors. Every meter has the tags
 * {@code table} and {@code index} (empty for the table itself) or {@code table} and
 * {@code operation}. Meters are looked up once per table, index and operation, then cached.
 */
public final class EngineMetrics implements CapacityMeter {
  static final String PREFIX = "dynamodb.";

  private record Resource(String table, String index) {}

  private record Request(String table, String operation) {}

  /** The capacity meters of one table or index. */
  private record CapacityMeters(Counter readUnits, Counter writeUnits, Counter readThrottles,
      Counter writeThrottles) {}

  /** The request meters of one operation on one table. */
  private record RequestMeters(Timer latency, DistributionSummary returned, Counter throttled,
      Counter conditionalCheckFailed, Counter userErrors, Counter systemErrors) {}

  private final MeterRegistry registry;
  private final Map<Resource, CapacityMeters> capacity = new ConcurrentHashMap<>();
  private final Map<Request, RequestMeters> requests = new ConcurrentHashMap<>();

  public EngineMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * Runs one request of an operation on a table (null when it names none or several), timing it
   * when it succeeds and counting it by outcome when it fails.
   */
  public <R> R call(String operation, String table, Supplier<R> call,
      ToIntFunction<R> returnedItems) {
    RequestMeters meters = requests.computeIfAbsent(
        new Request(table == null ? "" : table, operation), this::requestMeters);
    long start = System.nanoTime();
    R response;
    try {
      response = call.get();
    } catch (ProvisionedThroughputExceededException | ThrottlingException e) {
      meters.throttled().increment();
      throw e;
    } catch (ConditionalCheckFailedException e) {
      meters.conditionalCheckFailed().increment();
      throw e;
    } catch (DynamoDbException e) {
      (e.httpStatus() < 500 ? meters.userErrors() : meters.systemErrors()).increment();
      throw e;
    } catch (RuntimeException | Error e) {
      meters.systemErrors().increment();
      throw e;
    }
    meters.latency().record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    if (returnedItems != null) {
      meters.returned().record(returnedItems.applyAsInt(response));
    }
    return response;
  }

  @Override
  public void consumed(TableMeta table, IndexSpec index, boolean write, double units) {
    CapacityMeters meters = capacityMeters(table, index);
    (write ? meters.writeUnits() : meters.readUnits()).increment(units);
  }

  @Override
  public void throttled(TableMeta table, IndexSpec index, boolean write) {
    CapacityMeters meters = capacityMeters(table, index);
    (write ? meters.writeThrottles() : meters.readThrottles()).increment();
  }

  private CapacityMeters capacityMeters(TableMeta table, IndexSpec index) {
    return capacity.computeIfAbsent(
        new Resource(table.name(), index == null ? "" : index.name()), this::capacityMeters);
  }

  private CapacityMeters capacityMeters(Resource r) {
    Tags tags = Tags.of("table", r.table(), "index", r.index());
    return new CapacityMeters(
        counter("consumed.read.capacity.units", "Read capacity units consumed", tags),
        counter("consumed.write.capacity.units", "Write capacity units consumed", tags),
        counter("read.throttle.events", "Reads refused capacity", tags),
        counter("write.throttle.events", "Writes refused capacity", tags));
  }

  private RequestMeters requestMeters(Request r) {
    Tags tags = Tags.of("table", r.table(), "operation", r.operation());
    return new RequestMeters(
        Timer.builder(PREFIX + "successful.request.latency")
            .description("Time taken by successful requests").tags(tags).register(registry),
        DistributionSummary.builder(PREFIX + "returned.item.count")
            .description("Items returned by Query, Scan and GetItem").tags(tags)
            .register(registry),
        counter("throttled.requests", "Requests refused for capacity", tags),
        counter("conditional.check.failed.requests", "Conditions that failed", tags),
        counter("user.errors", "Requests refused as invalid (HTTP 400)", tags),
        counter("system.errors", "Requests that failed in the engine (HTTP 500)", tags));
  }

  /**
   * One delivery of a replicated table's changes to another region (global tables): how long its
   * latest change took from commit to the other replica, as CloudWatch's ReplicationLatency.
   */
  public void replicationLatency(String table, String receivingRegion, java.time.Duration latency) {
    Timer.builder(PREFIX + "replication.latency")
        .description("Time from a write to its arrival in another replica")
        .tags(Tags.of("table", table, "receiving.region", receivingRegion))
        .register(registry)
        .record(latency);
  }

  private Counter counter(String name, String description, Tags tags) {
    return Counter.builder(PREFIX + name).description(description).tags(tags).register(registry);
  }
}
