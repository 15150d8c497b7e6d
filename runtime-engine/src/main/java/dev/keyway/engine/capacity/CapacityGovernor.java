package dev.keyway.engine.capacity;

import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.error.ThrottlingReason;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.OnDemandThroughput;
import dev.keyway.ops.ProvisionedThroughput;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a table, index or partition key value has capacity for a request now, and
 * charges what requests consumed, by the engine's clock. A PROVISIONED table and each of its
 * GSIs have a read and a write {@link TokenBucket} at their provisioned rate with
 * {@value #BURST_SECONDS} seconds of burst; every partition key value of every table, in either
 * billing mode, has DynamoDB's per-partition limits ({@value #PARTITION_READ_UNITS} read and
 * {@value #PARTITION_WRITE_UNITS} write units per second, no burst). An on-demand table or GSI
 * with a maximum (OnDemandThroughput) has buckets at that many request units per second, without
 * burst. A write needs capacity on the
 * table and on every GSI, as in DynamoDB: an index that cannot keep up throttles its table.
 */
public final class CapacityGovernor {
  public static final int BURST_SECONDS = 300;
  public static final int PARTITION_READ_UNITS = 3000;
  public static final int PARTITION_WRITE_UNITS = 1000;
  /** Partition buckets kept before full (idle) ones are forgotten. */
  private static final int PARTITIONS_KEPT = 10_000;

  /** A provisioned resource's bucket: a table (index null) or a GSI, for reads or writes. */
  private record ResourceKey(String tableId, String index, boolean write) {}

  /** One partition key value's bucket, of a table (index null) or a GSI. */
  private record PartitionKey(String tableId, String index, AttributeValue value, boolean write) {}

  private final Clock clock;
  private final Map<ResourceKey, TokenBucket> resources = new ConcurrentHashMap<>();
  private final Map<PartitionKey, TokenBucket> partitions = new ConcurrentHashMap<>();

  public CapacityGovernor(Clock clock) {
    this.clock = clock;
  }

  /**
   * Why a read of the table (index null: the table or an LSI) or a GSI would be throttled now, or
   * null when it may go ahead. {@code partition} is the partition key value read (null for Scan).
   */
  public ThrottlingReason refuseRead(TableMeta meta, IndexSpec index, AttributeValue partition) {
    Instant now = clock.instant();
    IndexSpec gsi = index != null && index.global() ? index : null;
    TokenBucket bucket = provisioned(meta, gsi, false, now);
    if (bucket != null && !bucket.admits(now)) {
      return reason(meta, gsi, "Read", resourceLimit(meta));
    }
    if (partition != null && !partition(meta, gsi, partition, false, now).admits(now)) {
      return reason(meta, gsi, "Read", "KeyRangeThroughputExceeded");
    }
    return null;
  }

  /** Why a write to an item of this partition would be throttled now, or null when it may go. */
  public ThrottlingReason refuseWrite(TableMeta meta, AttributeValue partition) {
    Instant now = clock.instant();
    TokenBucket table = provisioned(meta, null, true, now);
    if (table != null && !table.admits(now)) {
      return reason(meta, null, "Write", resourceLimit(meta));
    }
    for (IndexSpec gsi : meta.globalIndexes()) {
      TokenBucket bucket = provisioned(meta, gsi, true, now);
      if (bucket != null && !bucket.admits(now)) {
        return reason(meta, gsi, "Write", resourceLimit(meta));
      }
    }
    if (!partition(meta, null, partition, true, now).admits(now)) {
      return reason(meta, null, "Write", "KeyRangeThroughputExceeded");
    }
    return null;
  }

  /**
   * Why a write changing {@code oldItem} into {@code newItem} would be throttled now by a GSI
   * partition key value it writes (each has DynamoDB's {@value #PARTITION_WRITE_UNITS} write units
   * per second), or null when every index partition it writes has capacity.
   */
  public ThrottlingReason refuseIndexWrites(TableMeta meta, StoredItem oldItem,
      StoredItem newItem) {
    Instant now = clock.instant();
    for (IndexSpec gsi : meta.globalIndexes()) {
      for (Map.Entry<AttributeValue, Double> e
          : IndexWriteUnits.byPartition(gsi, meta.key(), oldItem, newItem).entrySet()) {
        if (!partition(meta, gsi, e.getKey(), true, now).admits(now)) {
          return reason(meta, gsi, "Write", "KeyRangeThroughputExceeded");
        }
      }
    }
    return null;
  }

  /**
   * Charges an applied write's GSI units, times {@code factor}, to the index partition key values
   * it wrote.
   */
  public void chargeIndexWrites(TableMeta meta, StoredItem oldItem, StoredItem newItem,
      double factor) {
    Instant now = clock.instant();
    for (IndexSpec gsi : meta.globalIndexes()) {
      IndexWriteUnits.byPartition(gsi, meta.key(), oldItem, newItem).forEach((value, units) ->
          partition(meta, gsi, value, true, now).take(units * factor, now));
    }
  }

  /** Charges read units to the table (or GSI) and to the partition read. */
  public void chargeRead(TableMeta meta, IndexSpec index, AttributeValue partition, double units) {
    Instant now = clock.instant();
    IndexSpec gsi = index != null && index.global() ? index : null;
    TokenBucket bucket = provisioned(meta, gsi, false, now);
    if (bucket != null) {
      bucket.take(units, now);
    }
    if (partition != null) {
      partition(meta, gsi, partition, false, now).take(units, now);
    }
  }

  /**
   * Charges a write: its table units (LSI units included, as LSIs share the table's capacity) to
   * the table and the partition, each GSI's units to that GSI.
   */
  public void chargeWrite(TableMeta meta, AttributeValue partition, double tableUnits,
      Map<String, Double> indexUnits) {
    Instant now = clock.instant();
    double local = tableUnits;
    for (Map.Entry<String, Double> e : indexUnits.entrySet()) {
      IndexSpec spec = meta.index(e.getKey());
      if (spec != null && spec.global()) {
        TokenBucket bucket = provisioned(meta, spec, true, now);
        if (bucket != null) {
          bucket.take(e.getValue(), now);
        }
      } else {
        local += e.getValue();
      }
    }
    TokenBucket table = provisioned(meta, null, true, now);
    if (table != null) {
      table.take(local, now);
    }
    partition(meta, null, partition, true, now).take(local, now);
  }

  /**
   * Brings the buckets of a table and its GSIs up to now at the rates {@code meta} gives; called
   * with the definition before a rate change (UpdateTable, auto scaling) and with the one after,
   * so the units saved so far carry over even when no request has touched the buckets, and the
   * new rates count from the change.
   */
  public void settle(TableMeta meta) {
    Instant now = clock.instant();
    for (boolean write : new boolean[] {false, true}) {
      provisioned(meta, null, write, now);
      for (IndexSpec gsi : meta.globalIndexes()) {
        provisioned(meta, gsi, write, now);
      }
    }
  }

  /** The units a table's (index null) or GSI's bucket holds now; for tests and diagnostics. */
  public double balance(TableMeta meta, IndexSpec gsi, boolean write) {
    Instant now = clock.instant();
    TokenBucket bucket = provisioned(meta, gsi, write, now);
    return bucket == null ? Double.POSITIVE_INFINITY : bucket.balance(now);
  }

  /**
   * The table's or GSI's own bucket, rebuilt when the rate changed: its provisioned units with
   * burst, or on an on-demand table its maximum request units without burst; null when unlimited.
   */
  private TokenBucket provisioned(TableMeta meta, IndexSpec gsi, boolean write, Instant now) {
    boolean onDemand = meta.billingMode() == BillingMode.PAY_PER_REQUEST;
    Long units = onDemand ? maximum(gsi == null ? meta.onDemand() : gsi.onDemand(), write)
        : provisioned(gsi == null ? meta.throughput() : gsi.throughput(), write);
    if (units == null) {
      return null;
    }
    double burst = onDemand ? 1 : BURST_SECONDS;
    ResourceKey key = new ResourceKey(meta.id(), gsi == null ? null : gsi.name(), write);
    // a table's buckets start full of one second at its creation; a new rate keeps the balance
    return resources.compute(key, (k, b) ->
        b == null ? new TokenBucket(units, burst,
                meta.created().isBefore(now) ? meta.created() : now)
            : b.rate() == units && b.burstSeconds() == burst ? b
            : b.withRate(units, burst, now));
  }

  private static Long provisioned(ProvisionedThroughput t, boolean write) {
    return t == null ? null : write ? t.writeCapacityUnits() : t.readCapacityUnits();
  }

  private static Long maximum(OnDemandThroughput t, boolean write) {
    return t == null ? null : write ? t.maxWriteRequestUnits() : t.maxReadRequestUnits();
  }

  /** The limit a table's or GSI's own bucket stands for, as ThrottlingReasons name it. */
  private static String resourceLimit(TableMeta meta) {
    return meta.billingMode() == BillingMode.PAY_PER_REQUEST ? "MaxOnDemandThroughputExceeded"
        : "ProvisionedThroughputExceeded";
  }

  private TokenBucket partition(TableMeta meta, IndexSpec gsi, AttributeValue value, boolean write,
      Instant now) {
    if (partitions.size() > PARTITIONS_KEPT) {
      partitions.values().removeIf(b -> b.full(now));
    }
    return partitions.computeIfAbsent(
        new PartitionKey(meta.id(), gsi == null ? null : gsi.name(), value, write),
        k -> new TokenBucket(write ? PARTITION_WRITE_UNITS : PARTITION_READ_UNITS, 1, now));
  }

  private static ThrottlingReason reason(TableMeta meta, IndexSpec gsi, String operation,
      String limit) {
    return gsi == null
        ? new ThrottlingReason("Table" + operation + limit, meta.arn())
        : new ThrottlingReason("Index" + operation + limit, meta.arn() + "/index/" + gsi.name());
  }
}
