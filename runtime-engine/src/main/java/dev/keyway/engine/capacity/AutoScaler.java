package dev.keyway.engine.capacity;

import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.SchemaChange;
import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.GlobalSecondaryIndexDescription;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.ProvisionedThroughputDescription;
import dev.keyway.ops.TableDescription;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Auto scaling of PROVISIONED tables and GSIs by {@link AutoScalingPolicy}s, driven by the units
 * requests consume and by the engine's clock: after each completed minute, the next request (or
 * DescribeTable) of the table evaluates its policies and applies a new capacity as UpdateTable
 * would, through the committer. DescribeTable then shows the new units and their history.
 */
public final class AutoScaler implements CapacityMeter {
  /** A policy's resource: a table (index null) or a GSI. */
  private record Resource(String table, String index) {}

  private final Map<Resource, List<ScalingTarget>> targets = new ConcurrentHashMap<>();
  private final Map<String, ThroughputHistory> histories = new ConcurrentHashMap<>();
  private final AutoScalingDefault fallback; // null: only the named resources scale
  private final Catalog catalog;
  private final Committer committer;
  private final Clock clock;
  private final Consumer<TableMeta> settleBuckets; // around a rate change: keeps saved units

  /**
   * @param fallback the policy of every PROVISIONED table and GSI no policy names, or null
   */
  public AutoScaler(List<AutoScalingPolicy> policies, AutoScalingDefault fallback,
      Catalog catalog, Committer committer, Clock clock, Consumer<TableMeta> settleBuckets) {
    for (AutoScalingPolicy p : policies) {
      targets.computeIfAbsent(new Resource(p.table(), p.index()), r -> new ArrayList<>())
          .add(new ScalingTarget(p));
    }
    this.fallback = fallback;
    this.catalog = catalog;
    this.committer = committer;
    this.clock = clock;
    this.settleBuckets = settleBuckets;
  }

  /** The targets of a table (index null) or GSI: its policies, else the fallback's. */
  private List<ScalingTarget> targets(String table, String index) {
    Resource resource = new Resource(table, index);
    if (fallback == null) {
      return targets.get(resource);
    }
    return targets.computeIfAbsent(resource, r -> List.of(
        new ScalingTarget(fallback.policyFor(table, index, false)),
        new ScalingTarget(fallback.policyFor(table, index, true))));
  }

  @Override
  public void consumed(TableMeta table, IndexSpec index, boolean write, double units) {
    if (table.billingMode() != BillingMode.PROVISIONED) {
      return;
    }
    List<ScalingTarget> list = targets(table.name(), index == null ? null : index.name());
    if (list != null) {
      Instant now = clock.instant();
      for (ScalingTarget t : list) {
        if (t.policy.write() == write) {
          t.consumed(units, now);
        }
      }
    }
    scale(table.name());
  }

  @Override
  public void throttled(TableMeta table, IndexSpec index, boolean write) {
    scale(table.name()); // a throttled table may be due to scale out
  }

  /** Evaluates the table's policies and applies the capacities they call for. */
  public void scale(String tableName) {
    Table table = catalog.find(tableName);
    if (table == null || table.meta().billingMode() != BillingMode.PROVISIONED) {
      return;
    }
    Instant now = clock.instant();
    List<String> resources = new ArrayList<>();
    resources.add(null);
    table.meta().globalIndexes().forEach(gsi -> resources.add(gsi.name()));
    for (String index : resources) {
      List<ScalingTarget> list = targets(tableName, index);
      if (list == null) {
        continue;
      }
      for (ScalingTarget t : list) {
        ProvisionedThroughput current = throughput(table.meta(), index);
        if (current == null) {
          continue; // no such GSI (yet)
        }
        long provisioned = t.policy.write() ? current.writeCapacityUnits()
            : current.readCapacityUnits();
        ThroughputHistory history = history(table.meta(), index);
        long next = t.evaluate(provisioned, history, now);
        if (next > 0 && next != provisioned) {
          apply(table, index, t.policy.write(), next);
          history.changed(provisioned, next, now);
        }
      }
    }
  }

  /** The description with the scaling history of the table and its GSIs filled in. */
  public TableDescription describe(TableDescription d) {
    Table table = catalog.find(d.tableName());
    if (table == null) {
      return d;
    }
    TableMeta meta = table.meta();
    Instant now = clock.instant();
    List<GlobalSecondaryIndexDescription> gsis = d.globalSecondaryIndexes();
    if (gsis != null) {
      List<GlobalSecondaryIndexDescription> filled = new ArrayList<>();
      for (GlobalSecondaryIndexDescription g : gsis) {
        filled.add(g.toBuilder().provisionedThroughput(
            withHistory(g.provisionedThroughput(), meta, g.indexName(), now)).build());
      }
      gsis = filled;
    }
    return d.toBuilder()
        .provisionedThroughput(withHistory(d.provisionedThroughput(), meta, null, now))
        .globalSecondaryIndexes(gsis).build();
  }

  private ProvisionedThroughputDescription withHistory(ProvisionedThroughputDescription t,
      TableMeta meta, String index, Instant now) {
    ThroughputHistory h = histories.get(historyKey(meta, index));
    if (t == null || h == null) {
      return t;
    }
    return t.toBuilder().lastIncreaseDateTime(h.lastIncrease())
        .lastDecreaseDateTime(h.lastDecrease()).numberOfDecreasesToday((long) h.decreasesOn(now))
        .build();
  }

  private ThroughputHistory history(TableMeta meta, String index) {
    return histories.computeIfAbsent(historyKey(meta, index), k -> new ThroughputHistory());
  }

  private static String historyKey(TableMeta meta, String index) {
    return index == null ? meta.id() : meta.id() + "/" + index;
  }

  private static ProvisionedThroughput throughput(TableMeta meta, String index) {
    if (index == null) {
      return meta.throughput();
    }
    IndexSpec spec = meta.index(index);
    return spec == null || !spec.global() ? null : spec.throughput();
  }

  /** Changes one dimension of the table's or GSI's units, as UpdateTable would. */
  private void apply(Table table, String index, boolean write, long units) {
    committer.changeTable(table, () -> {
      TableMeta meta = table.meta(); // current, under the schema lock
      settleBuckets.accept(meta);
      if (index == null) {
        return List.of(new SchemaChange.Redefine(table,
            meta.withBilling(meta.billingMode(), with(meta.throughput(), write, units), null)));
      }
      List<IndexSpec> gsis = new ArrayList<>();
      for (IndexSpec s : meta.globalIndexes()) {
        gsis.add(!s.name().equals(index) ? s
            : s.withCapacity(with(s.throughput(), write, units), null));
      }
      return List.of(new SchemaChange.Redefine(table,
          meta.withGlobalIndexes(gsis, meta.attributeDefinitions())));
    });
    settleBuckets.accept(table.meta()); // the new rate counts from now
  }

  private static ProvisionedThroughput with(ProvisionedThroughput t, boolean write, long units) {
    return write ? new ProvisionedThroughput(t.readCapacityUnits(), units)
        : new ProvisionedThroughput(units, t.writeCapacityUnits());
  }
}
