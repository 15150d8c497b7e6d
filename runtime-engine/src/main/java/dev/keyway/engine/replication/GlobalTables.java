package dev.keyway.engine.replication;

import dev.keyway.engine.commit.Commit;
import dev.keyway.engine.commit.CommitListener;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.commit.SchemaChange;
import dev.keyway.engine.metrics.EngineMetrics;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ReplicaDescription;
import dev.keyway.ops.ReplicaStatus;
import dev.keyway.ops.TableDescription;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One engine's side of global tables (version 2019.11.21): which of its tables have replicas in
 * which regions, the version of each of their items, and the changes owed to each other region.
 * As a commit listener it gives every local write of a replicated table a version and queues it
 * for the other replicas; changes from other regions arrive through {@link #receive} and are
 * applied only when newer than the item's version (last writer wins), without being sent on.
 */
public final class GlobalTables implements CommitListener {
  /** The version DescribeTable reports for a replicated table. */
  public static final String VERSION = "2019.11.21";

  private final String region;
  private final Clock clock;
  private final Catalog catalog;
  private final ReplicaNetwork network;
  private final EngineMetrics metrics; // null: not measured
  private final Map<String, Set<String>> groups = new ConcurrentHashMap<>(); // every region, this one too
  private final ItemVersions versions = new ItemVersions();
  private final Map<String, Outbox> outboxes = new ConcurrentHashMap<>();
  private final Map<String, Duration> latencies = new ConcurrentHashMap<>();
  private final ThreadLocal<Boolean> receiving = new ThreadLocal<>();
  private Committer committer;

  public GlobalTables(String region, Clock clock, Catalog catalog, ReplicaNetwork network,
      EngineMetrics metrics) {
    this.region = region;
    this.clock = clock;
    this.catalog = catalog;
    this.network = network;
    this.metrics = metrics;
  }

  /** Joins the network once the engine's committer exists (it needs this listener first). */
  public void start(Committer committer) {
    this.committer = committer;
    network.join(this);
  }

  public void stop() {
    network.leave(this);
  }

  public String region() {
    return region;
  }

  ReplicaNetwork network() {
    return network;
  }

  @Override
  public boolean idle() {
    return groups.isEmpty();
  }

  @Override
  public void onCommit(Commit commit) {
    for (SchemaChange change : commit.schemaChanges()) {
      if (change instanceof SchemaChange.DeleteTable d) {
        leave(d.tableName());
      }
    }
    if (Boolean.TRUE.equals(receiving.get())) {
      return; // a replicated write: its version is recorded, and it goes no further
    }
    boolean queued = false;
    for (ItemChange change : commit.items()) {
      Set<String> group = groups.get(change.table().name());
      if (group != null && !same(change.oldImage(), change.newImage())) {
        queue(change, group);
        queued = true;
      }
    }
    if (queued) {
      network.changesWaiting();
    }
  }

  private static boolean same(StoredItem a, StoredItem b) {
    return a == null ? b == null : b != null && a.attributes().equals(b.attributes());
  }

  /** Versions a local write (newer than any version of the item seen so far) and queues it. */
  private void queue(ItemChange change, Set<String> group) {
    String table = change.table().name();
    long now = clock.millis();
    ReplicaVersion previous = versions.of(table, change.key());
    ReplicaVersion version = new ReplicaVersion(Math.max(now, previous.millis()), region);
    if (version.compareTo(previous) <= 0) {
      version = new ReplicaVersion(previous.millis() + 1, region);
    }
    versions.record(table, change.key(), version);
    StoredItem image = change.newImage() != null ? change.newImage() : change.oldImage();
    Map<String, AttributeValue> key = change.table().key().keyOf(image.attributes());
    Map<String, AttributeValue> item = change.newImage() == null ? null : change.newImage().attributes();
    Outbox.Pending pending = new Outbox.Pending(new ReplicatedChange(table, key, item, version), now);
    for (String other : group) {
      if (!other.equals(region)) {
        outboxes.computeIfAbsent(other, r -> new Outbox()).add(pending);
      }
    }
  }

  /**
   * Applies changes made in another region, in order, each only if newer than the item's version
   * here; returns how many it took. It stops at a change to a replica still being created here
   * (in the group, not yet a table), which is delivered again once the table exists.
   */
  int receive(List<ReplicatedChange> changes) {
    receiving.set(Boolean.TRUE);
    try {
      for (int i = 0; i < changes.size(); i++) {
        ReplicatedChange c = changes.get(i);
        Table table = catalog.find(c.table());
        if (table == null && groups.containsKey(c.table())) {
          return i;
        }
        if (table == null || !groups.containsKey(c.table())) {
          continue; // the replica was removed since the change was made
        }
        EntryKey key = table.key().entryKey(c.key());
        committer.write(table, key, current -> {
          if (versions.of(c.table(), key).compareTo(c.version()) >= 0) {
            return current; // a newer write is here already: it wins
          }
          versions.record(c.table(), key, c.version());
          return c.item() == null ? null : StoredItem.of(c.item());
        });
      }
      return changes.size();
    } finally {
      receiving.remove();
    }
  }

  /** Sends the changes owed to {@code target}; returns how many it applied. */
  int deliverTo(GlobalTables target) {
    Outbox outbox = outboxes.get(target.region);
    if (outbox == null) {
      return 0;
    }
    int delivered = 0;
    for (List<Outbox.Pending> batch = outbox.peek(); !batch.isEmpty(); batch = outbox.peek()) {
      int taken = target.receive(batch.stream().map(Outbox.Pending::change).toList());
      if (taken == 0) {
        break; // the target's replica is being created: the rest waits for the next delivery
      }
      outbox.remove(taken);
      delivered += taken;
      Outbox.Pending last = batch.get(taken - 1);
      Duration latency = Duration.ofMillis(Math.max(0, clock.millis() - last.committedMillis()));
      latencies.put(target.region, latency);
      if (metrics != null) {
        metrics.replicationLatency(last.change().table(), target.region, latency);
      }
    }
    return delivered;
  }

  /**
   * Owes {@code newRegion} every change to {@code table} still owed to {@code source}: the new
   * replica is a copy of {@code source}'s, which has not seen them yet.
   */
  void oweAlso(String table, String source, String newRegion) {
    Outbox owed = outboxes.get(source);
    if (owed != null) {
      Outbox target = outboxes.computeIfAbsent(newRegion, r -> new Outbox());
      owed.pendingFor(table).forEach(target::add);
    }
  }

  /** How many changes wait for {@code target}. */
  int pendingFor(String target) {
    Outbox outbox = outboxes.get(target);
    return outbox == null ? 0 : outbox.size();
  }

  /** How long the latest change delivered to {@code target} took, by this engine's clock. */
  Duration latencyTo(String target) {
    return latencies.get(target);
  }

  // --- the replication group ------------------------------------------------------------------

  /** The regions holding a replica of a table, this one included; empty when it has none. */
  public Set<String> group(String table) {
    return groups.getOrDefault(table, Set.of());
  }

  void regroup(String table, Set<String> group) {
    if (group.size() < 2) {
      groups.remove(table);
    } else {
      groups.put(table, Set.copyOf(group));
    }
  }

  /** A replica deleted by DeleteTable here: the other replicas carry on without this region. */
  private void leave(String table) {
    Set<String> group = groups.get(table);
    forget(table);
    if (group == null) {
      return;
    }
    Set<String> remaining = new TreeSet<>(group);
    remaining.remove(region);
    for (String member : remaining) {
      GlobalTables node = network.node(member);
      if (node != null) {
        node.regroup(table, remaining);
      }
    }
  }

  private void forget(String table) {
    groups.remove(table);
    versions.forget(table);
  }

  /** A description with the table's other replicas, as ACTIVE, when it has any. */
  public TableDescription describe(TableDescription d) {
    return describe(d, Map.of());
  }

  /** A description with the table's other replicas; {@code statuses} overrides ACTIVE. */
  TableDescription describe(TableDescription d, Map<String, ReplicaStatus> statuses) {
    Set<String> others = new TreeSet<>(group(d.tableName()));
    others.addAll(statuses.keySet());
    others.remove(region);
    if (others.isEmpty()) {
      return d;
    }
    List<ReplicaDescription> replicas = new ArrayList<>();
    for (String other : others) {
      replicas.add(new ReplicaDescription(other, statuses.getOrDefault(other, ReplicaStatus.ACTIVE), null));
    }
    return d.toBuilder().globalTableVersion(VERSION).replicas(replicas).build();
  }

  // --- a replica made or removed here by another region's UpdateTable ------------------------

  /** Creates this region's replica: the source's definition, its items and their versions. */
  void createReplica(TableMeta source, List<StoredItem> items, Map<EntryKey, ReplicaVersion> itemVersions,
      Set<String> group) {
    String name = source.name();
    TableMeta meta = new TableMeta(name, Catalog.arnOf(name), UUID.randomUUID().toString(),
        clock.instant(), source.attributeDefinitions(), source.key(), source.localIndexes(),
        source.globalIndexes(), source.billingMode(), source.throughput(), source.onDemand(),
        source.stream(), source.streamLabel(), false, null);
    regroup(name, group);
    itemVersions.forEach((key, version) -> versions.record(name, key, version));
    Table table = committer.restoreTable(name, () -> new SchemaChange.RestoreTable(meta, items));
    // a restore opens no stream; redefining the table opens the replica's, as its definition says
    committer.changeTable(table, () -> List.of(new SchemaChange.Redefine(table, table.meta())));
  }

  /** Deletes this region's replica of a table. */
  void deleteReplica(String name) {
    forget(name);
    Table table = catalog.find(name);
    if (table != null) {
      committer.deleteTable(table);
    }
  }

  boolean hasTable(String name) {
    return catalog.find(name) != null;
  }

  /**
   * Creates {@code target}'s replica of a table as {@code meta} defines it, with the table's items
   * and versions, read under its exclusive schema lock.
   */
  void copyTo(GlobalTables target, Table table, TableMeta meta, Set<String> group) {
    List<StoredItem> items = new ArrayList<>((int) table.itemCount());
    table.items().values().forEach(ref -> items.add(ref.item()));
    target.createReplica(meta, items, versions.of(table.name()), group);
  }
}
