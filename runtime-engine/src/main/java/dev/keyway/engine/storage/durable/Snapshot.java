package dev.keyway.engine.storage.durable;

import dev.keyway.engine.backup.HistoryImage;
import dev.keyway.engine.backup.KeyVersions;
import dev.keyway.engine.backup.PitrHistory;
import dev.keyway.engine.storage.Backup;
import dev.keyway.engine.storage.CatalogStore;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.ItemRef;
import dev.keyway.engine.storage.PitrSetting;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.engine.storage.TablePolicy;
import dev.keyway.engine.storage.TableStore;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checkpoint image of every table (definition, tags, TTL and point-in-time recovery settings,
 * items; indexes are rebuilt from the items when it is loaded) and every backup. File layout: a
 * 16-byte header (magic {@code KWSN}, version,
 * the lsn of the last commit it contains), then blocks of {@code [int length][int CRC32C][payload]};
 * a payload is a TABLE (definition, tags, TTL, point-in-time recovery), POLICY (the resource-based
 * policy of the last TABLE, only when it has one), STREAM_POLICY (a stream label of the last TABLE
 * and that stream's policy, one block per policy), ITEMS (a count and items of the last TABLE),
 * HISTORY (part of the last TABLE's point-in-time recovery history, after its ITEMS),
 * BACKUP (a backup's header), BACKUP_ITEMS (items of the last BACKUP) or the final END (table and
 * item counts). Written to a temporary file, forced, then renamed.
 */
final class Snapshot {
  private static final int MAGIC = 0x4B57534E; // "KWSN"
  // 2: key schemas list every key attribute; tables carry PITR settings; backups and policies
  // 3: point-in-time recovery histories; a restored table's source
  private static final int VERSION = 3;
  private static final int TABLE = 1, ITEMS = 2, END = 3, POLICY = 4, BACKUP = 5, BACKUP_ITEMS = 6,
      HISTORY = 7, STREAM_POLICY = 8;
  /** A history version: a delete, an item, or the item the table holds now (written once, in ITEMS). */
  private static final int DELETED = 0, VERSION_ITEM = 1, CURRENT_ITEM = 2;
  private static final int BLOCK_BYTES = 256 << 10;

  /**
   * One table as it was when the checkpoint began; {@code history} is its point-in-time recovery
   * history (null without one).
   */
  record TableImage(TableMeta meta, Map<String, String> tags, String ttl, TablePolicy policy,
      Map<String, TablePolicy> streamPolicies, PitrSetting pitr, StoredItem[] items, HistoryImage history) {}

  /** Every table and every backup as they were when the checkpoint began. */
  record Image(List<TableImage> tables, List<Backup> backups) {}

  private Snapshot() {}

  /**
   * Captures every table. Items are immutable, so this copies references only; the caller holds
   * the committer's sequencer, so the image is exactly the state after the last logged commit.
   */
  static Image capture(CatalogStore catalog, PitrHistory history) {
    List<TableImage> images = new ArrayList<>();
    for (Table table : catalog.byName().values()) {
      Map<String, String> tags = new LinkedHashMap<>();
      table.tags().forEach(e -> tags.put(e.getKey(), e.getValue()));
      List<StoredItem> items = new ArrayList<>((int) table.itemCount());
      for (ItemRef ref : table.items().values()) {
        items.add(ref.item());
      }
      images.add(new TableImage(table.meta(), tags, table.ttlAttribute(), table.resourcePolicy(),
          table.streamPolicies(), table.pointInTimeRecovery(), items.toArray(new StoredItem[0]), history.image(table)));
    }
    return new Image(images, List.copyOf(catalog.backups().values()));
  }

  /** Writes a snapshot durably; returns its file. */
  static Path write(Path dir, long lsn, Image image, RecordCipher cipher) throws IOException {
    List<TableImage> tables = image.tables();
    Path target = DataFiles.snapshot(dir, lsn);
    Path temp = target.resolveSibling(target.getFileName() + DataFiles.TEMP_END);
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      Encoder block = new Encoder(BLOCK_BYTES + 4096);
      block.i32(MAGIC);
      block.i32(VERSION);
      block.i64(lsn);
      out.write(block.array(), 0, block.size());
      Blocks blocks = new Blocks(out, cipher, lsn);
      long itemTotal = 0;
      for (TableImage t : tables) {
        startBlock(block, TABLE);
        MetaCodec.writeMeta(block, t.meta());
        CommitCodec.writeTags(block, t.tags());
        block.optString(t.ttl());
        BackupCodec.writePitr(block, t.pitr());
        blocks.end(block);
        if (t.policy() != null) {
          startBlock(block, POLICY);
          CommitCodec.writePolicy(block, t.policy());
          blocks.end(block);
        }
        for (Map.Entry<String, TablePolicy> stream : t.streamPolicies().entrySet()) {
          startBlock(block, STREAM_POLICY);
          block.string(stream.getKey());
          CommitCodec.writePolicy(block, stream.getValue());
          blocks.end(block);
        }
        writeItems(block, blocks, ITEMS, t.items());
        itemTotal += t.items().length;
        if (t.history() != null) {
          writeHistory(block, blocks, t.history(), currentItems(t.items()));
        }
      }
      for (Backup b : image.backups()) {
        startBlock(block, BACKUP);
        BackupCodec.writeBackup(block, b);
        blocks.end(block);
        writeItems(block, blocks, BACKUP_ITEMS, b.items().toArray(new StoredItem[0]));
      }
      startBlock(block, END);
      block.i32(tables.size());
      block.i64(itemTotal);
      blocks.end(block);
      out.flush();
      channel.force(true);
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    DataFiles.syncDirectory(dir);
    return target;
  }

  /** Items in blocks of about BLOCK_BYTES, each a count and the items. */
  private static void writeItems(Encoder block, Blocks blocks, int kind, StoredItem[] items)
      throws IOException {
    for (int from = 0; from < items.length; ) {
      startBlock(block, kind);
      int countAt = block.size();
      block.i32(0);
      int to = from;
      while (to < items.length && block.size() < BLOCK_BYTES) {
        ValueCodec.writeItem(block, items[to++].attributes());
      }
      block.putIntAt(countAt, to - from);
      blocks.end(block);
      from = to;
    }
  }

  /**
   * A history in blocks of about BLOCK_BYTES, each its start time, a count and keys with their
   * versions. A key's newest version is usually the item the table holds, already in ITEMS: it is
   * written as a mark, so a history does not store the table a second time.
   */
  private static void writeHistory(Encoder block, Blocks blocks, HistoryImage history,
      Set<StoredItem> current) throws IOException {
    List<KeyVersions> keys = history.keys();
    int from = 0;
    do {
      startBlock(block, HISTORY);
      block.i64(history.since().getEpochSecond());
      block.varint(history.since().getNano());
      int countAt = block.size();
      block.i32(0);
      int to = from;
      while (to < keys.size() && block.size() < BLOCK_BYTES) {
        writeVersions(block, keys.get(to++), current);
      }
      block.putIntAt(countAt, to - from);
      blocks.end(block);
      from = to;
    } while (from < keys.size());
  }

  private static void writeVersions(Encoder out, KeyVersions key, Set<StoredItem> current) {
    CommitCodec.writeKey(out, key.key());
    int n = key.millis().length;
    out.varint(n);
    for (int i = 0; i < n; i++) {
      out.i64(key.millis()[i]);
      StoredItem item = key.items()[i];
      if (item == null) {
        out.u8(DELETED);
      } else if (i == n - 1 && current.contains(item)) {
        out.u8(CURRENT_ITEM);
      } else {
        out.u8(VERSION_ITEM);
        ValueCodec.writeItem(out, item.attributes());
      }
    }
  }

  /** The table's items by identity: a version is the current item only if it is the same object. */
  private static Set<StoredItem> currentItems(StoredItem[] items) {
    Set<StoredItem> set = Collections.newSetFromMap(new IdentityHashMap<>(items.length * 2));
    Collections.addAll(set, items);
    return set;
  }

  private static void readHistory(Decoder d, TableStore table, PitrHistory history) {
    Instant since = Instant.ofEpochSecond(d.i64(), d.varint());
    int count = d.i32();
    List<KeyVersions> keys = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      EntryKey key = CommitCodec.readKey(d);
      int n = d.count();
      long[] millis = new long[n];
      StoredItem[] items = new StoredItem[n];
      for (int v = 0; v < n; v++) {
        millis[v] = d.i64();
        int kind = d.u8();
        items[v] = switch (kind) {
          case DELETED -> null;
          case VERSION_ITEM -> ValueCodec.readItem(d);
          case CURRENT_ITEM -> currentItem(table, key);
          default -> throw new MalformedRecordException("unknown history version kind " + kind);
        };
      }
      keys.add(new KeyVersions(key, millis, items));
    }
    history.recover(table, new HistoryImage(since, keys));
  }

  private static StoredItem currentItem(TableStore table, EntryKey key) {
    StoredItem item = table.get(key);
    if (item == null) {
      throw new MalformedRecordException("a history names an item the table does not hold");
    }
    return item;
  }

  private static void startBlock(Encoder block, int kind) {
    block.reset();
    block.i32(0);
    block.i32(0);
    block.u8(kind);
  }

  /**
   * Frames blocks as {@code [length][CRC32C][payload]}; with a cipher the payload is sealed,
   * bound to this snapshot's lsn and the block's position.
   */
  private static final class Blocks {
    private final OutputStream out;
    private final RecordCipher cipher;
    private final long lsn;
    private long index;

    Blocks(OutputStream out, RecordCipher cipher, long lsn) {
      this.out = out;
      this.cipher = cipher;
      this.lsn = lsn;
    }

    void end(Encoder block) throws IOException {
      if (cipher != null) {
        byte[] sealed = cipher.seal(block.array(), 8, block.size() - 8, lsn, index);
        block.reset();
        block.i32(0);
        block.i32(0);
        block.raw(sealed);
      }
      index++;
      int length = block.size() - 8;
      block.putIntAt(0, length);
      java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
      crc.update(block.array(), 8, length);
      block.putIntAt(4, (int) crc.getValue());
      out.write(block.array(), 0, block.size());
    }
  }

  /** Loads a snapshot into an empty store and its histories into {@code history}; returns its lsn. */
  static long load(Path file, CatalogStore catalog, PitrHistory history, RecordCipher cipher) {
    long offset = 0;
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      int version = in.readInt() == MAGIC ? in.readInt() : -1;
      if (version != VERSION) {
        throw corrupt(file, 0, "not a Keyway snapshot of a known version");
      }
      long lsn = in.readLong();
      offset = 16;
      TableStore table = null;
      Backup backup = null;
      List<StoredItem> backupItems = null;
      long index = 0;
      while (true) {
        int length = in.readInt();
        int checksum = in.readInt();
        if (length < 1 || length > LogFormat.MAX_PAYLOAD) {
          throw corrupt(file, offset, "bad block length " + length);
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(payload);
        if ((int) crc.getValue() != checksum) {
          throw corrupt(file, offset, "checksum mismatch");
        }
        if (cipher != null) {
          try {
            payload = cipher.open(payload, 0, length, lsn, index);
          } catch (javax.crypto.AEADBadTagException e) {
            throw corrupt(file, offset, "block " + index + " does not decrypt with the key (tampered with)");
          }
        }
        index++;
        Decoder d = new Decoder(payload, 0, payload.length);
        int kind = d.u8();
        if (kind != BACKUP_ITEMS && backup != null) {
          catalog.addBackup(BackupCodec.withItems(backup, backupItems));
          backup = null;
        }
        if (kind == END) {
          return lsn;
        } else if (kind == TABLE) {
          table = catalog.create(MetaCodec.readMeta(d));
          Map<String, String> tags = CommitCodec.readTags(d);
          if (!tags.isEmpty()) {
            table.tag(tags);
          }
          table.ttlAttribute(d.optString());
          table.pointInTimeRecovery(BackupCodec.readPitr(d));
        } else if (kind == POLICY && table != null) {
          table.resourcePolicy(CommitCodec.readPolicy(d));
        } else if (kind == STREAM_POLICY && table != null) {
          table.streamPolicy(d.string(), CommitCodec.readPolicy(d));
        } else if (kind == HISTORY && table != null) {
          readHistory(d, table, history);
        } else if (kind == BACKUP) {
          backup = BackupCodec.readBackup(d);
          backupItems = new ArrayList<>();
        } else if (kind == BACKUP_ITEMS && backup != null) {
          int count = d.i32();
          for (int i = 0; i < count; i++) {
            backupItems.add(ValueCodec.readItem(d));
          }
        } else if (kind == ITEMS && table != null) {
          int count = d.i32();
          for (int i = 0; i < count; i++) {
            StoredItem item = ValueCodec.readItem(d);
            EntryKey key = table.key().entryKey(item.attributes());
            table.apply(key, table.get(key), item);
          }
        } else {
          throw corrupt(file, offset, "unexpected block kind " + kind);
        }
        offset += 8 + length;
      }
    } catch (EOFException e) {
      throw corrupt(file, offset, "the file ends before its END block");
    } catch (IOException e) {
      throw new DurableStorageException("Cannot read snapshot " + file + ": " + e.getMessage(), e);
    } catch (MalformedRecordException e) {
      throw corrupt(file, offset, e.getMessage());
    }
  }

  private static DurableStorageException corrupt(Path file, long offset, String why) {
    return new DurableStorageException("Corrupt snapshot " + file + " at byte offset " + offset + ": " + why);
  }
}
