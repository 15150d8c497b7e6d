package dev.keyway.engine.commit;

import dev.keyway.engine.commit.SchemaChange.AddIndex;
import dev.keyway.engine.commit.SchemaChange.CreateTable;
import dev.keyway.engine.commit.SchemaChange.DeleteTable;
import dev.keyway.engine.commit.SchemaChange.Redefine;
import dev.keyway.engine.commit.SchemaChange.RemoveIndex;
import dev.keyway.engine.commit.SchemaChange.ResourcePolicy;
import dev.keyway.engine.commit.SchemaChange.Tag;
import dev.keyway.engine.commit.SchemaChange.TimeToLive;
import dev.keyway.engine.commit.SchemaChange.Untag;
import dev.keyway.engine.storage.CatalogStore;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TableStore;
import java.util.List;

/**
 * The apply step of the commit path: turns changes into calls on the storage interfaces. The
 * committer calls it with the changes validated, logged and every needed lock held; a durable
 * store's recovery can replay logged commits through it.
 */
public final class Applier {
  private final CatalogStore catalog;

  Applier(CatalogStore catalog) {
    this.catalog = catalog;
  }

  void item(ItemChange change) {
    if (change.oldImage() != null || change.newImage() != null) {
      store(change.table()).apply(change.key(), change.oldImage(), change.newImage());
    }
  }

  void items(List<ItemChange> changes) {
    for (int i = 0; i < changes.size(); i++) {
      item(changes.get(i));
    }
  }

  void schema(List<SchemaChange> changes) {
    for (SchemaChange change : changes) {
      schema(change);
    }
  }

  private void schema(SchemaChange change) {
    if (change instanceof CreateTable c) {
      TableStore table = catalog.create(c.meta());
      if (!c.tags().isEmpty()) {
        table.tag(c.tags());
      }
    } else if (change instanceof DeleteTable d) {
      catalog.remove(d.table());
    } else if (change instanceof Redefine r) {
      store(r.table()).define(r.meta());
    } else if (change instanceof AddIndex a) {
      store(a.table()).addIndex(a.spec());
    } else if (change instanceof RemoveIndex r) {
      store(r.table()).removeIndex(r.indexName());
    } else if (change instanceof Tag t) {
      store(t.table()).tag(t.tags());
    } else if (change instanceof Untag u) {
      store(u.table()).untag(u.keys());
    } else if (change instanceof TimeToLive t) {
      store(t.table()).ttlAttribute(t.attribute());
    } else if (change instanceof ResourcePolicy p) {
      catalog.find(p.tableName()).resourcePolicy(p.policy());
    } else if (change instanceof SchemaChange.StreamPolicy p) {
      store(p.table()).streamPolicy(p.streamLabel(), p.policy());
    } else if (change instanceof SchemaChange.CreateBackup b) {
      catalog.addBackup(b.backup());
    } else if (change instanceof SchemaChange.DeleteBackup b) {
      catalog.removeBackup(b.backup().arn());
    } else if (change instanceof SchemaChange.RestoreTable r) {
      restore(catalog, r);
    } else if (change instanceof SchemaChange.PointInTimeRecovery p) {
      store(p.table()).pointInTimeRecovery(p.setting());
    } else {
      throw new AssertionError(change);
    }
  }

  /** Creates the restored table and fills it; also what recovery replays for a logged restore. */
  public static void restore(CatalogStore catalog, SchemaChange.RestoreTable change) {
    TableStore table = catalog.create(change.meta());
    for (StoredItem item : change.items()) {
      EntryKey key = table.key().entryKey(item.attributes());
      table.apply(key, table.get(key), item);
    }
  }

  /** Every table a CatalogStore hands out is one of its TableStores. */
  private static TableStore store(Table table) {
    return (TableStore) table;
  }
}
