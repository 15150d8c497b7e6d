package dev.keyway.engine.capacity;

import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.storage.TableMeta;

/** Sees the capacity every request consumes and every throttle event (engine metrics). */
public interface CapacityMeter {
  /** Units consumed on a table (index null) or an index. */
  void consumed(TableMeta table, IndexSpec index, boolean write, double units);

  /** A request (or one item of a batch) was refused capacity on a table (index null) or index. */
  void throttled(TableMeta table, IndexSpec index, boolean write);
}
