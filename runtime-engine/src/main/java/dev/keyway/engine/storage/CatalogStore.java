package dev.keyway.engine.storage;

/**
 * The catalog as the committer changes it: the storage seam of the engine. The in-memory store
 * ({@code storage.memory.MemoryCatalog}) is one implementation; a durable store implements the same
 * interfaces and recovers its tables before the engine starts. Only the committer calls
 * {@link #create} and {@link #remove}.
 */
public interface CatalogStore extends Catalog {
  @Override
  TableStore find(String name);

  /** Creates an empty table; ResourceInUseException when the name is taken. */
  TableStore create(TableMeta meta);

  /** Removes a table if it is still the one registered under its name. */
  boolean remove(Table table);

  /** Keeps a backup under its ARN. */
  void addBackup(Backup backup);

  /** Forgets a backup; absent ARNs are ignored. */
  void removeBackup(String arn);
}
