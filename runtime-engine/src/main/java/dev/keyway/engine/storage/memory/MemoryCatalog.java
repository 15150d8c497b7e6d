package dev.keyway.engine.storage.memory;

import dev.keyway.engine.storage.Backup;
import dev.keyway.engine.storage.CatalogStore;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.engine.storage.TableStore;
import dev.keyway.engine.txn.TableLocks;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Tables held in memory only: what {@code Engine.inMemory()} uses; gone when the JVM exits. */
public final class MemoryCatalog implements CatalogStore {
  private final ConcurrentSkipListMap<String, MemoryTable> tables = new ConcurrentSkipListMap<>();
  private final AtomicLong lockOrder = new AtomicLong();
  private final ConcurrentHashMap<String, Backup> backups = new ConcurrentHashMap<>();

  @Override
  public TableStore find(String name) {
    return tables.get(name);
  }

  @Override
  public NavigableMap<String, ? extends Table> byName() {
    return tables;
  }

  @Override
  public TableStore create(TableMeta meta) {
    MemoryTable table = new MemoryTable(meta, new TableLocks(lockOrder.incrementAndGet()));
    if (tables.putIfAbsent(meta.name(), table) != null) {
      // the committer checks the name first, holding the catalog lock
      throw new IllegalStateException("Table already exists: " + meta.name());
    }
    return table;
  }

  @Override
  public boolean remove(Table table) {
    return tables.remove(table.name(), table);
  }

  @Override
  public Map<String, Backup> backups() {
    return backups;
  }

  @Override
  public void addBackup(Backup backup) {
    backups.put(backup.arn(), backup);
  }

  @Override
  public void removeBackup(String arn) {
    backups.remove(arn);
  }
}
