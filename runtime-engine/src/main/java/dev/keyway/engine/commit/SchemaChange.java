package dev.keyway.engine.commit;

import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.storage.Backup;
import dev.keyway.engine.storage.PitrSetting;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.engine.storage.TablePolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change to the catalog or to a table's settings, as the control-plane operations build them.
 * Each kind is applied by the {@code Applier} and logged by the durable store's codec.
 */
public sealed interface SchemaChange {
  /** The name of the table the change is about. */
  String tableName();

  /** A new table, empty, with its tags (in the order given). */
  record CreateTable(TableMeta meta, Map<String, String> tags) implements SchemaChange {
    public CreateTable {
      tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    @Override
    public String tableName() {
      return meta.name();
    }
  }

  /** A table and its items gone. */
  record DeleteTable(Table table) implements SchemaChange {
    @Override
    public String tableName() {
      return table.name();
    }
  }

  /** A new definition: billing mode, throughput, stream, deletion protection, index list. */
  record Redefine(Table table, TableMeta meta) implements SchemaChange {
    @Override
    public String tableName() {
      return table.name();
    }
  }

  /** A global secondary index added to a live table, filled from its items. */
  record AddIndex(Table table, IndexSpec spec) implements SchemaChange {
    @Override
    public String tableName() {
      return table.name();
    }
  }

  /** A global secondary index dropped. */
  record RemoveIndex(Table table, String indexName) implements SchemaChange {
    @Override
    public String tableName() {
      return table.name();
    }
  }

  /** Tags set, in the order given (values replace those of keys already present). */
  record Tag(Table table, Map<String, String> tags) implements SchemaChange {
    public Tag {
      tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    @Override
    public String tableName() {
      return table.name();
    }
  }

  /** Tags removed by key. */
  record Untag(Table table, List<String> keys) implements SchemaChange {
    public Untag {
      keys = Collections.unmodifiableList(new ArrayList<>(keys));
    }

    @Override
    public String tableName() {
      return table.name();
    }
  }

  /** TTL enabled on an attribute, or disabled ({@code attribute} null). */
  record TimeToLive(Table table, String attribute) implements SchemaChange {
    @Override
    public String tableName() {
      return table.name();
    }
  }

  /**
   * A resource-based policy attached ({@code policy} replaces any) or detached ({@code policy}
   * null). Names its table rather than holding it, so that it can follow the CreateTable of the
   * same commit.
   */
  record ResourcePolicy(String tableName, TablePolicy policy) implements SchemaChange {}

  /**
   * A resource-based policy attached to one of the table's streams ({@code policy} replaces any)
   * or detached from it ({@code policy} null).
   */
  record StreamPolicy(Table table, String streamLabel, TablePolicy policy) implements SchemaChange {
    @Override
    public String tableName() {
      return table.name();
    }
  }

  // --- backups and point-in-time recovery ----------------------------------------------------

  /** An on-demand backup taken (its items captured with the table's exclusive schema lock held). */
  record CreateBackup(Backup backup) implements SchemaChange {
    @Override
    public String tableName() {
      return backup.source().name();
    }
  }

  /** An on-demand backup deleted. */
  record DeleteBackup(Backup backup) implements SchemaChange {
    @Override
    public String tableName() {
      return backup.source().name();
    }
  }

  /** A new table holding restored items (from a backup or a point in time), made in one step. */
  record RestoreTable(TableMeta meta, List<StoredItem> items) implements SchemaChange {
    public RestoreTable {
      items = List.copyOf(items);
    }

    @Override
    public String tableName() {
      return meta.name();
    }
  }

  /** Point-in-time recovery switched on ({@code setting}) or off (null). */
  record PointInTimeRecovery(Table table, PitrSetting setting) implements SchemaChange {
    @Override
    public String tableName() {
      return table.name();
    }
  }
}
