package dev.keyway.engine.commit;

import dev.keyway.engine.commit.SchemaChange.CreateTable;
import dev.keyway.engine.commit.SchemaChange.DeleteTable;
import dev.keyway.engine.storage.Backup;
import dev.keyway.engine.storage.CatalogStore;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.engine.storage.TablePolicy;
import dev.keyway.engine.txn.ItemLocks;
import dev.keyway.engine.txn.TableLocks;
import dev.keyway.error.BackupNotFoundException;
import dev.keyway.error.ResourceInUseException;
import dev.keyway.error.TableAlreadyExistsException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The only code that changes the engine's state. Every change goes the same way: lock what it
 * touches, let the operation validate it against the current state (conditions, new items,
 * settings), log it, apply it to storage, and publish it to the listeners, then unlock.
 *
 * <p>Locks: an item write holds the shared side of its table's schema lock and its key's stripe
 * lock; a multi-item write takes those of every item in one global order ({@link ItemLocks}); a
 * table change holds the table's exclusive schema lock; creating and dropping tables also holds
 * the catalog lock. When a log or a listener observes commits, logging, applying and publishing
 * run under one more lock, the sequencer, taken last, which numbers commits and keeps their order
 * the same in the log, in storage and for listeners. Without observers nothing needs numbering,
 * and writes to different items never meet on a shared lock.
 */
public final class Committer {
  private final CatalogStore catalog;
  private final Applier applier;
  private final CommitLog log;
  private final CommitListener[] listeners;
  private final ChangeRecorder recorder;
  private final Clock clock;
  private final boolean observed;
  private final ReentrantLock catalogLock = new ReentrantLock();
  private final ReentrantLock sequencer = new ReentrantLock();
  private long sequence; // guarded by sequencer

  /** {@code clock} times commits (for logs, listeners and the recorder). */
  public Committer(CatalogStore catalog, CommitLog log, List<CommitListener> listeners,
      ChangeRecorder recorder, Clock clock) {
    this.catalog = catalog;
    this.recorder = recorder;
    this.clock = clock;
    this.applier = new Applier(catalog);
    this.log = log;
    this.listeners = listeners.toArray(new CommitListener[0]);
    this.observed = log != CommitLog.NONE || this.listeners.length > 0;
  }

  /** Writes one item: {@code write} decides its new version from the current one. */
  public ItemChange write(Table table, EntryKey key, ItemWrite write) {
    return write(table, key, write, false);
  }

  /**
   * Deletes an expired item for the TTL sweeper: {@code write} decides from the current item
   * (still expired: null; otherwise the item unchanged). Listeners see the commit as an expiry.
   */
  public ItemChange expire(Table table, EntryKey key, ItemWrite write) {
    return write(table, key, write, true);
  }

  private ItemChange write(Table table, EntryKey key, ItemWrite write, boolean expiry) {
    TableLocks locks = table.locks();
    Lock schema = locks.schema().readLock();
    schema.lock();
    Lock item = locks.stripe(key);
    item.lock();
    try {
      StoredItem current = table.get(key);
      ItemChange change = new ItemChange(table, key, current, write.next(current));
      if (itemsObserved()) {
        commitInOrder(List.of(change), List.of(), expiry);
      } else {
        applier.item(change);
        recorder.item(change);
      }
      return change;
    } finally {
      item.unlock();
      schema.unlock();
    }
  }

  /**
   * Writes several items all or nothing: with every target locked, {@code write} turns their
   * current versions into the changes to apply (only of targets, each at most once).
   */
  public List<ItemChange> writeAll(List<ItemLocks.Target> targets, MultiItemWrite write) {
    try (ItemLocks locks = ItemLocks.acquire(targets)) {
      StoredItem[] current = new StoredItem[targets.size()];
      for (int i = 0; i < current.length; i++) {
        ItemLocks.Target t = targets.get(i);
        current[i] = t.table().get(t.key());
      }
      List<ItemChange> changes = write.changes(current);
      commit(changes, List.of());
      return changes;
    }
  }

  /** Creates a table; ResourceInUseException when one of that name exists. */
  public Table createTable(TableMeta meta, Map<String, String> tags) {
    return createTable(meta, tags, null);
  }

  /** Creates a table with a resource-based policy ({@code policy} may be null), in one commit. */
  public Table createTable(TableMeta meta, Map<String, String> tags, TablePolicy policy) {
    catalogLock.lock();
    try {
      if (catalog.find(meta.name()) != null) {
        throw new ResourceInUseException("Table already exists: " + meta.name());
      }
      List<SchemaChange> changes = policy == null
          ? List.of(new CreateTable(meta, tags))
          : List.of(new CreateTable(meta, tags), new SchemaChange.ResourcePolicy(meta.name(), policy));
      commit(List.of(), changes);
      return catalog.find(meta.name());
    } finally {
      catalogLock.unlock();
    }
  }

  /** Drops a table, once writers in flight on it have finished. */
  public void deleteTable(Table table) {
    catalogLock.lock();
    try {
      Lock schema = table.locks().schema().writeLock();
      schema.lock();
      try {
        commit(List.of(), List.of(new DeleteTable(table)));
      } finally {
        schema.unlock();
      }
    } finally {
      catalogLock.unlock();
    }
  }

  /**
   * Changes a table's settings or indexes: {@code plan} decides, holding its schema lock. A plan
   * that decides no change commits nothing.
   */
  public void changeTable(Table table, SchemaPlan plan) {
    Lock schema = table.locks().schema().writeLock();
    schema.lock();
    try {
      List<SchemaChange> changes = plan.changes();
      if (!changes.isEmpty()) {
        commit(List.of(), changes);
      }
    } finally {
      schema.unlock();
    }
  }

  /**
   * Whether item writes go through the sequencer now: when a log records them or a listener
   * wants them. A table's schema changes (which every listener sees) exclude its item writes, so
   * a listener that stops being idle sees every write made after the change that woke it.
   */
  private boolean itemsObserved() {
    if (log != CommitLog.NONE) {
      return true;
    }
    for (CommitListener listener : listeners) {
      if (!listener.idle()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Creates a table holding restored items, in one commit; TableAlreadyExistsException when the
   * name is taken. {@code restore} builds the change once the name is known to be free.
   */
  public Table restoreTable(String name, java.util.function.Supplier<SchemaChange.RestoreTable> restore) {
    catalogLock.lock();
    try {
      if (catalog.find(name) != null) {
        throw new TableAlreadyExistsException("Table already exists: " + name);
      }
      commit(List.of(), List.of(restore.get()));
      return catalog.find(name);
    } finally {
      catalogLock.unlock();
    }
  }

  /** Deletes a backup; BackupNotFoundException when it is gone already. */
  public Backup deleteBackup(String arn) {
    catalogLock.lock();
    try {
      Backup backup = catalog.backups().get(arn);
      if (backup == null) {
        throw new BackupNotFoundException("Backup not found: " + arn);
      }
      commit(List.of(), List.of(new SchemaChange.DeleteBackup(backup)));
      return backup;
    } finally {
      catalogLock.unlock();
    }
  }

  private void commit(List<ItemChange> items, List<SchemaChange> schema) {
    if (schema.isEmpty() ? itemsObserved() : observed) {
      commitInOrder(items, schema, false);
    } else {
      applier.items(items);
      applier.schema(schema);
      recorder.commit(items, schema, clock.millis());
    }
  }

  /** Numbers, logs, applies and publishes a commit, in one order for all three. */
  private void commitInOrder(List<ItemChange> items, List<SchemaChange> schema, boolean expiry) {
    long logged = 0;
    sequencer.lock();
    try {
      Commit commit = new Commit(sequence + 1, items, schema, expiry, clock.millis());
      log.append(commit);
      logged = ++sequence;
      applier.items(items);
      applier.schema(schema);
      recorder.commit(items, schema, commit.millis());
      for (CommitListener listener : listeners) {
        listener.onCommit(commit);
      }
    } finally {
      sequencer.unlock();
      if (logged != 0) {
        // outside the sequencer: the next commits append while this one waits for the disk
        log.awaitDurable(logged);
      }
    }
  }
}
