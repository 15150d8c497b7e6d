package dev.keyway.engine.op;

import dev.keyway.engine.capacity.OnDemandMaximum;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.SchemaChange;
import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.op.check.UpdateTableCheck;
import dev.keyway.engine.replication.ReplicaUpdates;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateGlobalSecondaryIndexAction;
import dev.keyway.ops.GlobalSecondaryIndexUpdate;
import dev.keyway.ops.TableStatus;
import dev.keyway.ops.UpdateTableRequest;
import dev.keyway.ops.UpdateTableResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * UpdateTable: billing mode and throughput, stream and deletion protection settings, GSIs
 * created (with an immediate backfill under the table's exclusive schema lock) or deleted, and
 * replicas in other regions created or deleted (see {@link ReplicaUpdates}).
 */
public final class UpdateTableOp {
  private final Catalog catalog;
  private final Committer committer;
  private final Clock clock;
  private final Supplier<ReplicaUpdates> replicas;

  /** {@code replicas} makes the handler of one request's ReplicaUpdates. */
  public UpdateTableOp(Catalog catalog, Committer committer, Clock clock,
      Supplier<ReplicaUpdates> replicas) {
    this.catalog = catalog;
    this.committer = committer;
    this.clock = clock;
    this.replicas = replicas;
  }

  public UpdateTableResponse execute(UpdateTableRequest r) {
    UpdateTableCheck.check(r);
    StreamSettings.check(r.streamSpecification());
    Table table = catalog.requireForControl(r.tableName());
    ReplicaUpdates replicaUpdates = replicas.get();
    committer.changeTable(table, () -> changes(table, r, clock.instant(), replicaUpdates));
    return new UpdateTableResponse(
        replicaUpdates.describe(TableDescriber.describe(table, TableStatus.ACTIVE)));
  }

  /** The changes the request makes, decided with the table's schema lock held. */
  private static List<SchemaChange> changes(Table table, UpdateTableRequest r, Instant now,
      ReplicaUpdates replicaUpdates) {
    List<SchemaChange> changes = new ArrayList<>();
    TableMeta meta = table.meta();
    UpdateTableCheck.against(meta, r);
    BillingMode mode = r.billingMode() == null ? meta.billingMode() : r.billingMode();
    boolean onDemand = mode == BillingMode.PAY_PER_REQUEST;
    meta = meta.withBilling(mode,
        r.provisionedThroughput() != null ? r.provisionedThroughput()
            : onDemand ? null : meta.throughput(),
        onDemand ? OnDemandMaximum.merge(meta.onDemand(), r.onDemandThroughput()) : null);
    if (r.streamSpecification() != null) {
      meta = StreamSettings.update(meta, r.streamSpecification(), now);
    }
    if (r.deletionProtectionEnabled() != null) {
      meta = meta.withDeletionProtection(r.deletionProtectionEnabled());
    }
    if (r.globalSecondaryIndexUpdates() != null) {
      meta = indexUpdates(table, meta, r, changes);
    }
    if (r.replicaUpdates() != null) {
      replicaUpdates.apply(table, meta, r.replicaUpdates()); // last: every other check has passed
    }
    changes.add(new SchemaChange.Redefine(table, meta));
    return changes;
  }

  /**
   * Adds the index changes of a request to {@code changes}; returns the new definition. The request
   * has passed {@link UpdateTableCheck#against}, so every name and definition here is valid.
   */
  private static TableMeta indexUpdates(
      Table table, TableMeta meta, UpdateTableRequest r, List<SchemaChange> changes) {
    Map<String, AttributeDefinition> defs = new LinkedHashMap<>();
    meta.attributeDefinitions().forEach(d -> defs.put(d.attributeName(), d));
    if (r.attributeDefinitions() != null) {
      r.attributeDefinitions().forEach(d -> defs.put(d.attributeName(), d));
    }
    List<IndexSpec> gsis = new ArrayList<>(meta.globalIndexes());
    for (GlobalSecondaryIndexUpdate u : r.globalSecondaryIndexUpdates()) {
      if (u.create() != null) {
        CreateGlobalSecondaryIndexAction c = u.create();
        IndexSpec spec = new IndexSpec(c.indexName(), true,
            CreateTableOp.keySpec(c.keySchema(), new ArrayList<>(defs.values())),
            c.projection().projectionType(), c.projection().nonKeyAttributes(),
            c.provisionedThroughput(), OnDemandMaximum.of(c.onDemandThroughput()));
        gsis.add(spec);
        changes.add(new SchemaChange.AddIndex(table, spec));
      }
      if (u.delete() != null) {
        String name = u.delete().indexName();
        gsis.removeIf(s -> s.name().equals(name));
        changes.add(new SchemaChange.RemoveIndex(table, name));
      }
      if (u.update() != null) {
        int i = indexOf(gsis, u.update().indexName());
        IndexSpec s = gsis.get(i);
        gsis.set(i, u.update().onDemandThroughput() != null
            ? s.withCapacity(null, OnDemandMaximum.merge(s.onDemand(), u.update().onDemandThroughput()))
            : s.withCapacity(u.update().provisionedThroughput(), null));
      }
    }
    return meta.withGlobalIndexes(gsis, usedDefinitions(meta, gsis, defs));
  }

  private static int indexOf(List<IndexSpec> specs, String name) {
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Attribute definitions still used by the table key or an index. */
  private static List<AttributeDefinition> usedDefinitions(
      TableMeta meta, List<IndexSpec> gsis, Map<String, AttributeDefinition> defs) {
    List<AttributeDefinition> out = new ArrayList<>();
    for (AttributeDefinition d : defs.values()) {
      String n = d.attributeName();
      boolean used = meta.key().isKeyAttribute(n);
      for (IndexSpec s : meta.localIndexes()) {
        used |= s.key().isKeyAttribute(n);
      }
      for (IndexSpec s : gsis) {
        used |= s.key().isKeyAttribute(n);
      }
      if (used) {
        out.add(d);
      }
    }
    return out;
  }
}
