package dev.keyway.engine.storage.durable;

import dev.keyway.engine.commit.Applier;
import dev.keyway.engine.commit.ChangeRecorder;
import dev.keyway.engine.commit.Commit;
import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.commit.SchemaChange;
import dev.keyway.engine.storage.Backup;
import dev.keyway.engine.storage.CatalogStore;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.PitrSetting;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.TablePolicy;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.engine.storage.TableStore;
import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of one log record: a whole commit, starting with its time (epoch milliseconds by the
 * engine's clock, for point-in-time recovery's history). Item changes carry the table name, the key and the
 * new image (or a delete mark); old images are not logged, since replay reads them from the store.
 * Schema changes carry everything needed to redo them (a created table's full definition and tags).
 * Replay applies item changes first, then schema changes, as the committer's applier does.
 */
final class CommitCodec {
  private static final int DELETE = 0, PUT = 1;
  private static final int CREATE_TABLE = 1, DELETE_TABLE = 2, REDEFINE = 3, ADD_INDEX = 4,
      REMOVE_INDEX = 5, TAG = 6, UNTAG = 7, TIME_TO_LIVE = 8, RESOURCE_POLICY = 9,
      CREATE_BACKUP = 10, DELETE_BACKUP = 11, RESTORE_TABLE = 12, POINT_IN_TIME_RECOVERY = 13,
      STREAM_POLICY = 14;

  private CommitCodec() {}

  static void write(Encoder out, Commit commit) {
    out.i64(commit.millis());
    List<ItemChange> items = commit.items();
    out.varint(items.size());
    for (int i = 0; i < items.size(); i++) {
      ItemChange c = items.get(i);
      out.string(c.table().name());
      writeKey(out, c.key());
      if (c.newImage() == null) {
        out.u8(DELETE);
      } else {
        out.u8(PUT);
        ValueCodec.writeItem(out, c.newImage().attributes());
      }
    }
    out.varint(commit.schemaChanges().size());
    for (SchemaChange change : commit.schemaChanges()) {
      writeSchema(out, change);
    }
  }

  private static void writeSchema(Encoder out, SchemaChange change) {
    if (change instanceof SchemaChange.CreateTable c) {
      out.u8(CREATE_TABLE);
      MetaCodec.writeMeta(out, c.meta());
      writeTags(out, c.tags());
      return;
    }
    if (change instanceof SchemaChange.CreateBackup b) {
      out.u8(CREATE_BACKUP);
      BackupCodec.writeBackup(out, b.backup());
      BackupCodec.writeItems(out, b.backup().items());
      return;
    }
    if (change instanceof SchemaChange.DeleteBackup d) {
      out.u8(DELETE_BACKUP);
      out.string(d.backup().arn());
      return;
    }
    if (change instanceof SchemaChange.RestoreTable r) {
      out.u8(RESTORE_TABLE);
      MetaCodec.writeMeta(out, r.meta());
      BackupCodec.writeItems(out, r.items());
      return;
    }
    out.u8(kindOf(change));
    out.string(change.tableName());
    if (change instanceof SchemaChange.Redefine r) {
      MetaCodec.writeMeta(out, r.meta());
    } else if (change instanceof SchemaChange.AddIndex a) {
      MetaCodec.writeIndex(out, a.spec());
    } else if (change instanceof SchemaChange.RemoveIndex r) {
      out.string(r.indexName());
    } else if (change instanceof SchemaChange.Tag t) {
      writeTags(out, t.tags());
    } else if (change instanceof SchemaChange.Untag u) {
      out.varint(u.keys().size());
      u.keys().forEach(out::string);
    } else if (change instanceof SchemaChange.TimeToLive t) {
      out.optString(t.attribute());
    } else if (change instanceof SchemaChange.ResourcePolicy p) {
      writePolicy(out, p.policy());
    } else if (change instanceof SchemaChange.StreamPolicy p) {
      out.string(p.streamLabel());
      writePolicy(out, p.policy());
    } else if (change instanceof SchemaChange.PointInTimeRecovery p) {
      BackupCodec.writePitr(out, p.setting());
    }
  }

  private static int kindOf(SchemaChange change) {
    if (change instanceof SchemaChange.DeleteTable) return DELETE_TABLE;
    if (change instanceof SchemaChange.Redefine) return REDEFINE;
    if (change instanceof SchemaChange.AddIndex) return ADD_INDEX;
    if (change instanceof SchemaChange.RemoveIndex) return REMOVE_INDEX;
    if (change instanceof SchemaChange.Tag) return TAG;
    if (change instanceof SchemaChange.Untag) return UNTAG;
    if (change instanceof SchemaChange.TimeToLive) return TIME_TO_LIVE;
    if (change instanceof SchemaChange.ResourcePolicy) return RESOURCE_POLICY;
    if (change instanceof SchemaChange.StreamPolicy) return STREAM_POLICY;
    if (change instanceof SchemaChange.PointInTimeRecovery) return POINT_IN_TIME_RECOVERY;
    throw new AssertionError(change);
  }

  /**
   * Redoes one logged commit on the store (recovery: no locks, nothing else running), then shows
   * it to {@code recorder} with its logged time, as the committer did when it was made: its item
   * changes, and the schema changes a recorder follows (point-in-time recovery on or off, a table
   * dropped).
   */
  static void replay(Decoder in, CatalogStore catalog, ChangeRecorder recorder) {
    long millis = in.i64();
    int count = in.count();
    List<ItemChange> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      TableStore table = table(catalog, in.string());
      EntryKey key = readKey(in);
      StoredItem next = in.u8() == PUT ? ValueCodec.readItem(in) : null;
      StoredItem current = table.get(key);
      if (current != null || next != null) {
        table.apply(key, current, next);
      }
      items.add(new ItemChange(table, key, current, next));
    }
    int schemaCount = in.count();
    List<SchemaChange> schema = new ArrayList<>();
    for (int i = 0; i < schemaCount; i++) {
      SchemaChange followed = replaySchema(in, catalog);
      if (followed != null) {
        schema.add(followed);
      }
    }
    if (!in.atEnd()) {
      throw new MalformedRecordException("bytes left after the commit");
    }
    recorder.commit(items, schema, millis);
  }

  /** Redoes one schema change; returns it when a recorder follows its kind, otherwise null. */
  private static SchemaChange replaySchema(Decoder in, CatalogStore catalog) {
    int kind = in.u8();
    if (kind == CREATE_TABLE) {
      TableStore table = catalog.create(MetaCodec.readMeta(in));
      Map<String, String> tags = readTags(in);
      if (!tags.isEmpty()) {
        table.tag(tags);
      }
      return null;
    }
    if (kind == CREATE_BACKUP) {
      Backup header = BackupCodec.readBackup(in);
      catalog.addBackup(BackupCodec.withItems(header, BackupCodec.readItems(in)));
      return null;
    }
    if (kind == DELETE_BACKUP) {
      catalog.removeBackup(in.string());
      return null;
    }
    if (kind == RESTORE_TABLE) {
      TableMeta meta = MetaCodec.readMeta(in);
      Applier.restore(catalog, new SchemaChange.RestoreTable(meta, BackupCodec.readItems(in)));
      return null;
    }
    TableStore table = table(catalog, in.string());
    switch (kind) {
      case DELETE_TABLE -> {
        catalog.remove(table);
        return new SchemaChange.DeleteTable(table);
      }
      case REDEFINE -> table.define(MetaCodec.readMeta(in));
      case ADD_INDEX -> table.addIndex(MetaCodec.readIndex(in));
      case REMOVE_INDEX -> table.removeIndex(in.string());
      case TAG -> table.tag(readTags(in));
      case UNTAG -> {
        int n = in.count();
        List<String> keys = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
          keys.add(in.string());
        }
        table.untag(keys);
      }
      case TIME_TO_LIVE -> table.ttlAttribute(in.optString());
      case RESOURCE_POLICY -> table.resourcePolicy(readPolicy(in));
      case STREAM_POLICY -> table.streamPolicy(in.string(), readPolicy(in));
      case POINT_IN_TIME_RECOVERY -> {
        PitrSetting setting = BackupCodec.readPitr(in);
        table.pointInTimeRecovery(setting);
        return new SchemaChange.PointInTimeRecovery(table, setting);
      }
      default -> throw new MalformedRecordException("unknown schema change " + kind);
    }
    return null;
  }

  private static TableStore table(CatalogStore catalog, String name) {
    TableStore table = catalog.find(name);
    if (table == null) {
      throw new MalformedRecordException("change to table " + name + ", which does not exist");
    }
    return table;
  }

  /** An item key: its hash value, a flag, and its range value when it has one. */
  static void writeKey(Encoder out, EntryKey key) {
    ValueCodec.write(out, key.hashKey());
    out.bool(key.rangeKey() != null);
    if (key.rangeKey() != null) {
      ValueCodec.write(out, key.rangeKey());
    }
  }

  static EntryKey readKey(Decoder in) {
    AttributeValue hash = ValueCodec.read(in);
    return EntryKey.of(hash, in.bool() ? ValueCodec.read(in) : null);
  }

  static void writeTags(Encoder out, Map<String, String> tags) {
    out.varint(tags.size());
    tags.forEach((k, v) -> {
      out.string(k);
      out.string(v);
    });
  }

  static Map<String, String> readTags(Decoder in) {
    int n = in.count();
    Map<String, String> tags = new LinkedHashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      tags.put(in.string(), in.string());
    }
    return tags;
  }

  /** A policy or its absence: a flag, then the document and revision id. */
  static void writePolicy(Encoder out, TablePolicy policy) {
    out.bool(policy != null);
    if (policy != null) {
      out.string(policy.document());
      out.string(policy.revisionId());
    }
  }

  static TablePolicy readPolicy(Decoder in) {
    return in.bool() ? new TablePolicy(in.string(), in.string()) : null;
  }
}
