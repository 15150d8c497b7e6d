package dev.keyway.engine.capacity;

import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.ThrottlingReason;
import dev.keyway.model.AttributeValue;
import java.util.Map;

/**
 * What operations tell about capacity: they ask before a read or write ({@code admit*} throws the
 * throttling error, {@code refuse*} answers for one item of a batch) and report what it consumed.
 * {@link #OFF} (no throttling, no metrics) does nothing, so operations pay nothing for it.
 */
public final class Throughput {
  public static final Throughput OFF = new Throughput(null, null);

  private final CapacityGovernor governor; // null: never throttle
  private final CapacityMeter meter; // null: nobody counts

  private Throughput(CapacityGovernor governor, CapacityMeter meter) {
    this.governor = governor;
    this.meter = meter;
  }

  /** Throttles with the governor (if not null) and reports to the meter (if not null). */
  public static Throughput of(CapacityGovernor governor, CapacityMeter meter) {
    return governor == null && meter == null ? OFF : new Throughput(governor, meter);
  }

  /** Whether consumption is wanted: operations compute units they would not report otherwise. */
  public boolean counting() {
    return this != OFF;
  }

  /** Throws the throttling error when a read cannot go ahead now (index: the index queried). */
  public void admitRead(TableMeta meta, IndexSpec index, AttributeValue partition) {
    if (governor != null) {
      ThrottlingReason refused = governor.refuseRead(meta, index, partition);
      if (refused != null) {
        throw refused(meta, index, false, refused);
      }
    }
  }

  /**
   * Why one read of a batch cannot go ahead now (a throttle event), or null when it may; a batch
   * returns refused keys as unprocessed.
   */
  public ThrottlingReason refuseRead(TableMeta meta, AttributeValue partition) {
    ThrottlingReason refused = governor == null ? null : governor.refuseRead(meta, null, partition);
    if (refused != null) {
      throttled(meta, null, false);
    }
    return refused;
  }

  /** Throws the throttling error when a write to this partition cannot go ahead now. */
  public void admitWrite(TableMeta meta, AttributeValue partition) {
    if (governor != null) {
      ThrottlingReason refused = governor.refuseWrite(meta, partition);
      if (refused != null) {
        throw refused(meta, null, true, refused);
      }
    }
  }

  /**
   * Throws the throttling error when a GSI partition key value this change writes has no capacity
   * now (DynamoDB's per-partition limit applies to index partitions too); called under the item's
   * locks, once the new item is known, so the base write is refused as a whole.
   */
  public void admitIndexWrites(TableMeta meta, StoredItem oldItem, StoredItem newItem) {
    if (governor != null && !meta.globalIndexes().isEmpty()) {
      ThrottlingReason refused = governor.refuseIndexWrites(meta, oldItem, newItem);
      if (refused != null) {
        throw refused(meta, null, true, refused);
      }
    }
  }

  /**
   * Why one write of a batch cannot go ahead now (a throttle event), or null when it may; a batch
   * returns refused items as unprocessed.
   */
  public ThrottlingReason refuseWrite(TableMeta meta, AttributeValue partition) {
    ThrottlingReason refused = governor == null ? null : governor.refuseWrite(meta, partition);
    if (refused != null) {
      throttled(meta, throttledIndex(meta, null, refused), true);
    }
    return refused;
  }

  /** The error for a refused request (a batch none of whose items could go ahead). */
  public static DynamoDbException error(TableMeta meta, ThrottlingReason reason) {
    return ThrottleErrors.of(meta, reason);
  }

  /** Reports a read's units, charged to the GSI read when index is one, else to the table. */
  public void read(TableMeta meta, IndexSpec index, AttributeValue partition, double units) {
    if (governor != null) {
      governor.chargeRead(meta, index, partition, units);
    }
    if (meter != null) {
      meter.consumed(meta, index != null && index.global() ? index : null, false, units);
    }
  }

  /** Reports an applied write: its table units and its index units, computed from the images. */
  public void write(TableMeta meta, AttributeValue partition, double tableUnits, ItemChange change) {
    if (this != OFF) {
      write(meta, partition, tableUnits,
          IndexWriteUnits.of(meta, change.oldImage(), change.newImage()));
    }
    chargeIndexPartitions(meta, change, 1);
  }

  /**
   * Charges an applied change's GSI write units, times {@code factor} (2 in a transaction), to
   * the index partition key values it wrote.
   */
  public void chargeIndexPartitions(TableMeta meta, ItemChange change, double factor) {
    if (governor != null && !meta.globalIndexes().isEmpty()) {
      governor.chargeIndexWrites(meta, change.oldImage(), change.newImage(), factor);
    }
  }

  /** Reports a write's table units and index units (by index name). */
  public void write(TableMeta meta, AttributeValue partition, double tableUnits,
      Map<String, Double> indexUnits) {
    if (governor != null) {
      governor.chargeWrite(meta, partition, tableUnits, indexUnits);
    }
    if (meter != null) {
      double table = tableUnits; // LSI writes use the table's capacity, as in CloudWatch
      for (Map.Entry<String, Double> e : indexUnits.entrySet()) {
        IndexSpec spec = meta.index(e.getKey());
        if (spec != null && spec.global()) {
          meter.consumed(meta, spec, true, e.getValue());
        } else {
          table += e.getValue();
        }
      }
      meter.consumed(meta, null, true, table);
    }
  }

  private RuntimeException refused(TableMeta meta, IndexSpec index, boolean write,
      ThrottlingReason reason) {
    throttled(meta, throttledIndex(meta, index, reason), write);
    return ThrottleErrors.of(meta, reason);
  }

  /** The GSI a reason names (null when it names the table). */
  private static IndexSpec throttledIndex(TableMeta meta, IndexSpec index, ThrottlingReason reason) {
    if (!reason.reason().startsWith("Index")) {
      return null;
    }
    String resource = reason.resource();
    return index != null ? index : meta.index(resource.substring(resource.lastIndexOf('/') + 1));
  }

  private void throttled(TableMeta meta, IndexSpec index, boolean write) {
    if (meter != null) {
      meter.throttled(meta, index, write);
    }
  }
}
