package dev.keyway.engine.capacity;

import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.storage.TableMeta;
import java.util.List;

/** Sees the capacity every request consumes and every throttle event (engine metrics). */
public interface CapacityMeter {
  /** Units consumed on a table (index null) or an index. */
  void consumed(TableMeta table, IndexSpec index, boolean write, double units);

  /** A request (or one item of a batch) was refused capacity on a table (index null) or index. */
  void throttled(TableMeta table, IndexSpec index, boolean write);

  /** One meter telling all of these (none: null, one: itself). */
  static CapacityMeter all(List<CapacityMeter> meters) {
    if (meters.size() <= 1) {
      return meters.isEmpty() ? null : meters.get(0);
    }
    List<CapacityMeter> copy = List.copyOf(meters);
    return new CapacityMeter() {
      @Override
      public void consumed(TableMeta table, IndexSpec index, boolean write, double units) {
        for (CapacityMeter m : copy) {
          m.consumed(table, index, write, units);
        }
      }

      @Override
      public void throttled(TableMeta table, IndexSpec index, boolean write) {
        for (CapacityMeter m : copy) {
          m.throttled(table, index, write);
        }
      }
    };
  }
}
