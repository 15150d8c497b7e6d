package dev.keyway.engine.storage.durable;

import dev.keyway.engine.storage.CatalogStore;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.ItemRef;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checkpoint image of every table: definition, tags, TTL setting and items (indexes are rebuilt
 * from the items when it is loaded). File layout: a 16-byte header (magic {@code KWSN}, version,
 * the lsn of the last commit it contains), then blocks of {@code [int length][int CRC32C][payload]};
 * a payload is a TABLE (definition, tags, TTL), POLICY (the resource-based policy of the last TABLE,
 * only when it has one), ITEMS (a count and items of the last TABLE) or the final END (table and
 * item counts). Written to a temporary file, forced, then renamed.
 */
final class Snapshot {
  private static final int MAGIC = 0x4B57534E; // "KWSN"
  private static final int VERSION = 2; // 2: key schemas list every key attribute
  private static final int TABLE = 1, ITEMS = 2, END = 3, POLICY = 4;
  private static final int BLOCK_BYTES = 256 << 10;

  /** One table as it was when the checkpoint began. */
  record TableImage(
      TableMeta meta, Map<String, String> tags, String ttl, TablePolicy policy, StoredItem[] items) {}

  private Snapshot() {}

  /**
   * Captures every table. Items are immutable, so this copies references only; the caller holds
   * the committer's sequencer, so the image is exactly the state after the last logged commit.
   */
  static List<TableImage> capture(CatalogStore catalog) {
    List<TableImage> images = new ArrayList<>();
    for (Table table : catalog.byName().values()) {
      Map<String, String> tags = new LinkedHashMap<>();
      table.tags().forEach(e -> tags.put(e.getKey(), e.getValue()));
      List<StoredItem> items = new ArrayList<>((int) table.itemCount());
      for (ItemRef ref : table.items().values()) {
        items.add(ref.item());
      }
      images.add(new TableImage(table.meta(), tags, table.ttlAttribute(), table.resourcePolicy(),
          items.toArray(new StoredItem[0])));
    }
    return images;
  }

  /** Writes a snapshot durably; returns its file. */
  static Path write(Path dir, long lsn, List<TableImage> tables) throws IOException {
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
      long itemTotal = 0;
      for (TableImage t : tables) {
        startBlock(block, TABLE);
        MetaCodec.writeMeta(block, t.meta());
        CommitCodec.writeTags(block, t.tags());
        block.optString(t.ttl());
        endBlock(block, out);
        if (t.policy() != null) {
          startBlock(block, POLICY);
          CommitCodec.writePolicy(block, t.policy());
          endBlock(block, out);
        }
        for (int from = 0; from < t.items().length; ) {
          startBlock(block, ITEMS);
          int countAt = block.size();
          block.i32(0);
          int to = from;
          while (to < t.items().length && block.size() < BLOCK_BYTES) {
            ValueCodec.writeItem(block, t.items()[to++].attributes());
          }
          block.putIntAt(countAt, to - from);
          endBlock(block, out);
          from = to;
        }
        itemTotal += t.items().length;
      }
      startBlock(block, END);
      block.i32(tables.size());
      block.i64(itemTotal);
      endBlock(block, out);
      out.flush();
      channel.force(true);
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    DataFiles.syncDirectory(dir);
    return target;
  }

  private static void startBlock(Encoder block, int kind) {
    block.reset();
    block.i32(0);
    block.i32(0);
    block.u8(kind);
  }

  private static void endBlock(Encoder block, OutputStream out) throws IOException {
    int length = block.size() - 8;
    block.putIntAt(0, length);
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(block.array(), 8, length);
    block.putIntAt(4, (int) crc.getValue());
    out.write(block.array(), 0, block.size());
  }

  /** Loads a snapshot into an empty store; returns the lsn it covers. */
  static long load(Path file, CatalogStore catalog) {
    long offset = 0;
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw corrupt(file, 0, "not a Keyway snapshot of a known version");
      }
      long lsn = in.readLong();
      offset = 16;
      TableStore table = null;
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
        Decoder d = new Decoder(payload, 0, length);
        int kind = d.u8();
        if (kind == END) {
          return lsn;
        } else if (kind == TABLE) {
          table = catalog.create(MetaCodec.readMeta(d));
          Map<String, String> tags = CommitCodec.readTags(d);
          if (!tags.isEmpty()) {
            table.tag(tags);
          }
          table.ttlAttribute(d.optString());
        } else if (kind == POLICY && table != null) {
          table.resourcePolicy(CommitCodec.readPolicy(d));
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
