package dev.keyway.engine.replication;

import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.ReplicaStatus;
import dev.keyway.ops.ReplicationGroupUpdate;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.TableDescription;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * UpdateTable's ReplicaUpdates on one table, run by its plan under the table's exclusive schema
 * lock: every update is checked first (against the group as the earlier updates leave it), then
 * every member learns the new group and each replica is created (the table's definition and items
 * copied, in one commit there, with the changes other replicas still owe this one owed to it too)
 * or deleted. The response shows a new replica CREATING and a
 * removed one DELETING, as DynamoDB's does; here both are done by the time it returns.
 */
public final class ReplicaUpdates {
  private static final String INVALID = "One or more parameter values were invalid: ";

  private final GlobalTables local;
  private final Predicate<String> writeAutoScaled;
  private final Map<String, ReplicaStatus> statuses = new LinkedHashMap<>();

  /** {@code writeAutoScaled}: whether a PROVISIONED table's write capacity has auto scaling. */
  public ReplicaUpdates(GlobalTables local, Predicate<String> writeAutoScaled) {
    this.local = local;
    this.writeAutoScaled = writeAutoScaled;
  }

  /** Checks and applies the updates to {@code table}, whose definition will be {@code meta}. */
  public void apply(Table table, TableMeta meta, List<ReplicationGroupUpdate> updates) {
    Set<String> group = new LinkedHashSet<>(local.group(table.name()));
    group.add(local.region());
    for (ReplicationGroupUpdate u : updates) {
      check(meta, group, u);
      if (u.create() != null) {
        group.add(u.create().regionName());
      } else {
        group.remove(u.delete().regionName());
      }
    }
    group = new LinkedHashSet<>(local.group(table.name()));
    group.add(local.region());
    for (ReplicationGroupUpdate u : updates) {
      if (u.create() != null) {
        String region = u.create().regionName();
        group.add(region);
        regroupAll(table.name(), group);
        for (String member : group) {
          if (!member.equals(local.region()) && !member.equals(region)) {
            peer(member).oweAlso(table.name(), local.region(), region);
          }
        }
        local.copyTo(peer(region), table, meta, Set.copyOf(group));
        statuses.put(region, ReplicaStatus.CREATING);
      } else {
        String region = u.delete().regionName();
        group.remove(region);
        regroupAll(table.name(), group);
        peer(region).deleteReplica(table.name());
        statuses.put(region, ReplicaStatus.DELETING);
      }
    }
  }

  /**
   * Every member learns the new group first, the new replica included: from then on each queues
   * its writes for it, and the new replica holds what arrives until its table exists.
   */
  private void regroupAll(String table, Set<String> group) {
    local.regroup(table, group);
    for (String member : group) {
      if (!member.equals(local.region())) {
        peer(member).regroup(table, group);
      }
    }
  }

  /** The table's description after the updates, with the replicas they changed in transition. */
  public TableDescription describe(TableDescription d) {
    return local.describe(d, statuses);
  }

  private void check(TableMeta meta, Set<String> group, ReplicationGroupUpdate u) {
    String region = u.create() != null ? u.create().regionName() : u.delete().regionName();
    if (region.equals(local.region())) {
      throw new ValidationException("Cannot add, delete, or update the local region through "
          + "ReplicaUpdates. Use CreateTable, DeleteTable, or UpdateTable as required.");
    }
    if (local.network().node(region) == null) {
      throw new ValidationException(INVALID + "Region " + region + " is not available: no "
          + "engine of that region is linked to this one");
    }
    if (u.delete() != null) {
      if (!group.contains(region)) {
        throw new ValidationException(INVALID + "Table " + meta.name()
            + " has no replica in region " + region);
      }
      return;
    }
    if (group.contains(region)) {
      throw new ValidationException(INVALID + "Table " + meta.name()
          + " already has a replica in region " + region);
    }
    if (!meta.streamEnabled() || meta.stream().streamViewType() != StreamViewType.NEW_AND_OLD_IMAGES) {
      throw new ValidationException(INVALID + "Table " + meta.name() + " must have DynamoDB "
          + "Streams enabled with StreamViewType NEW_AND_OLD_IMAGES to add a replica");
    }
    if (meta.billingMode() != BillingMode.PAY_PER_REQUEST && !writeAutoScaled.test(meta.name())) {
      throw new ValidationException("Table write capacity should either be Pay-Per-Request or AutoScaled.");
    }
    if (peer(region).hasTable(meta.name())) {
      throw new ValidationException(INVALID + "Table " + meta.name()
          + " already exists in region " + region);
    }
  }

  private GlobalTables peer(String region) {
    return local.network().node(region);
  }
}
